package nl.wegwijs.backend.catalogue;

import java.util.Locale;

/** Who pays, normalised to the Dutch legal routes; the source's own wording is kept beside it. */
public enum FundingRoute {
    JEUGDWET("jeugdwet"),
    WLZ("wlz"),
    ZVW("zvw"),
    WMO("wmo"),
    PGB("pgb"),
    GRATIS("gratis"),
    OVERIG("overig");

    private final String code;

    FundingRoute(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Reads free text such as "CIZ-indicatie met ZZP 5 of hoger vereist" (a Wlz indication). */
    public static FundingRoute recognise(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.contains("jeugdwet")) return JEUGDWET;
        if (t.contains("wlz") || t.contains("ciz") || t.contains("zorgkantoor") || t.contains("langdurige zorg")) return WLZ;
        if (t.contains("zvw") || t.contains("zorgverzekeraar") || t.contains("zorgverzekering") || t.contains("dbc")) return ZVW;
        if (t.contains("wmo")) return WMO;
        if (t.contains("pgb") || t.contains("persoonsgebonden")) return PGB;
        if (t.contains("gratis") || t.contains("kosteloos") || t.contains("geen kosten")) return GRATIS;
        return OVERIG;
    }
}
