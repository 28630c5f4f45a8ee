package nl.wegwijs.backend.crawlreview;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How alike two provision names are, from 0 to 1: the Sørensen–Dice coefficient of character bigrams after
 * removing case, accents, punctuation and words that every Dutch care name shares ("stichting", "de" ...).
 * Bigrams survive word order and small spelling differences ("Logeerhuis de Vlinder" / "De Vlinder logeerhuis").
 * Public because the duplicates dashboard (mapquality) uses the same measure as the crawler's matching.
 */
public final class NameSimilarity {

    /** Names at least this alike are taken to mean the same provision when a postcode or phone also agrees. */
    public static final double SIMILAR = 0.6;

    private static final Set<String> NOISE = Set.of("de", "het", "een", "van", "voor", "en", "in", "te", "op",
            "stichting", "bv", "b", "v", "vof", "vzw", "home", "welkom");

    private NameSimilarity() {}

    public static double of(String a, String b) {
        String x = normal(a);
        String y = normal(b);
        if (x.isEmpty() || y.isEmpty()) return 0;
        if (x.equals(y)) return 1;
        Map<String, Integer> left = bigrams(x);
        Map<String, Integer> right = bigrams(y);
        int shared = 0;
        for (var e : left.entrySet()) {
            shared += Math.min(e.getValue(), right.getOrDefault(e.getKey(), 0));
        }
        int total = left.values().stream().mapToInt(Integer::intValue).sum() + right.values().stream().mapToInt(Integer::intValue).sum();
        return total == 0 ? 0 : 2.0 * shared / total;
    }

    public static boolean similar(String a, String b) {
        return of(a, b) >= SIMILAR;
    }

    /** Lower case, no accents, significant words only, sorted so word order does not matter. */
    static String normal(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        List<String> words = Arrays.stream(ascii.split("[^a-z0-9]+")).filter(w -> !w.isEmpty() && !NOISE.contains(w))
                .sorted().toList();
        return String.join(" ", words);
    }

    private static Map<String, Integer> bigrams(String text) {
        Map<String, Integer> grams = new HashMap<>();
        for (String word : text.split(" ")) {
            String padded = " " + word + " ";
            for (int i = 0; i + 2 <= padded.length(); i++) {
                grams.merge(padded.substring(i, i + 2), 1, Integer::sum);
            }
        }
        return grams;
    }
}
