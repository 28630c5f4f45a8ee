package nl.wegwijs.backend.catalogue;

import java.util.List;

/**
 * The conditions an entry can be meant for, as codes: the target-condition taxonomy of the shared vocabulary
 * (notes/vocabulary.md, "Target condition"), one code per group there. The portal's bundles carry the words
 * ({@code condition.emb} = "ernstig meervoudig beperkt (EMB)"). Editors pick from this list; imported entries
 * may hold other values, which stay as they are until an editor changes them.
 */
public final class TargetConditions {

    /** In the vocabulary's order: general groups first, then specific conditions, then the catch-alls. */
    public static final List<String> CODES = List.of("chronisch-ziek", "levensbedreigend-ziek", "zorgintensief",
            "diabetes-type-1", "stofwisselingsziekte", "kanker", "epilepsie", "vroeggeboorte", "lichamelijke-beperking",
            "verstandelijke-beperking", "emb", "autisme", "adhd", "gedragsproblemen", "psychisch", "hechting",
            "spraak-taal-leren", "zeldzame-aandoening", "overige-chronische-aandoening", "zintuiglijke-beperking",
            "nah", "cerebrale-parese", "diagnose-onbekend");

    private TargetConditions() {}

    public static boolean known(String code) {
        return CODES.contains(code);
    }
}
