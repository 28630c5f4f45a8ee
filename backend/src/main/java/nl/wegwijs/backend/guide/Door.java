package nl.wegwijs.backend.guide;

/**
 * Who decides and who pays, with the law behind it. The portal's message bundle holds the words for
 * each door (guide.door.CODE.*), so the rule table stays here and the texts stay translatable.
 */
public enum Door {
    /** Jeugdwet art. 2.3: the municipality provides youth care up to 18, through its wijkteam or CJG. */
    GEMEENTE_JEUGDWET("jeugdwet"),
    /** Wmo 2015 art. 2.3.5: the municipality decides on support from 18, and on aids and housing at any age. */
    GEMEENTE_WMO("wmo"),
    /** Wlz art. 3.2.1: the CIZ decides on permanent supervision; the zorgkantoor arranges and pays. */
    ZORGKANTOOR_WLZ("wlz"),
    /** Zvw art. 11 with Besluit zorgverzekering art. 2.10: nursing at home is insured care. */
    ZORGVERZEKERAAR_ZVW("zvw"),
    /** Wet passend onderwijs: the school and its samenwerkingsverband arrange extra support at school. */
    SCHOOL_SWV("onderwijs"),
    /** A pgb is a way to receive care under each law, not a law; the SVB pays it out. */
    PGB_VIA_LOKET("pgb");

    private final String fundingCode;

    Door(String fundingCode) {
        this.fundingCode = fundingCode;
    }

    /** The funding facet value that belongs to this door. */
    public String fundingCode() {
        return fundingCode;
    }

    /** The rule table: the situation first, then the age (18 is where the Jeugdwet ends). */
    static Door of(int age, Situation situation) {
        boolean adult = age >= 18;
        return switch (situation) {
            case VERPLEGING_THUIS -> ZORGVERZEKERAAR_ZVW;
            case TOEZICHT -> ZORGKANTOOR_WLZ;
            case RUST, BEGELEIDING -> adult ? GEMEENTE_WMO : GEMEENTE_JEUGDWET;
            case SCHOOL -> age < 21 ? SCHOOL_SWV : GEMEENTE_WMO;
            case HULPMIDDELEN -> GEMEENTE_WMO;
            case GELD -> PGB_VIA_LOKET;
        };
    }
}
