package nl.wegwijs.backend.interop;

import java.util.Arrays;
import java.util.Optional;

/**
 * Our fields that HSDS has no place for travel as HSDS {@code attributes}: each names a taxonomy
 * term of the "wegwijs" taxonomy, and its {@code value} carries the value. Categories are terms of the
 * "wegwijs-categorie" taxonomy. HSDS 3.0 allows any taxonomy in attributes, so the records stay valid.
 */
enum WegwijsTaxonomy {
    ID("wegwijs-id", "Our own id of the record"),
    KIND("soort", "What the entry is (provision, parent_association, respite_care ...)"),
    SUMMARY("samenvatting", "The one-paragraph summary"),
    SUMMARY_EN("samenvatting-en", "The summary in English"),
    REGION("regio", "Where the entry applies (a place, province or landelijk)"),
    FOR_WHOM("voor-wie", "Who in the family it is for (kind, ouder, brussen, netwerk)"),
    ACCESS("toegang", "How a family gets in (vrij_toegankelijk, via_school, beschikking, verwijzing)"),
    SETTING("setting", "Where it takes place (thuis, op_locatie, op_school, online)"),
    TARGET_CONDITION("aandoening", "A condition it is meant for"),
    SOURCE("bron", "A source document and lines the facts come from"),
    ORIGINAL_URL("url-origineel", "The url as we store it, when HSDS needed a normalised form"),
    ORIGINAL_EMAIL("email-origineel", "The e-mail field as we store it, when it holds more than one address"),
    FUNDING_ROUTE("financiering", "The normalised funding route (jeugdwet, wlz, zvw, wmo, pgb, gratis, overig)");

    static final String TAXONOMY = "wegwijs";
    static final String CATEGORY_TAXONOMY = "wegwijs-categorie";
    static final String TAXONOMY_ID = HsdsIds.of("wegwijs:taxonomy:" + TAXONOMY);
    static final String CATEGORY_TAXONOMY_ID = HsdsIds.of("wegwijs:taxonomy:" + CATEGORY_TAXONOMY);

    final String code;
    final String description;

    WegwijsTaxonomy(String code, String description) {
        this.code = code;
        this.description = description;
    }

    String termId() {
        return HsdsIds.of("wegwijs:term:" + code);
    }

    static Optional<WegwijsTaxonomy> byCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }

    static String categoryTermId(String slug) {
        return HsdsIds.of("wegwijs:category:" + slug);
    }
}
