package nl.wegwijs.backend.searchgaps;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.wegwijs.index.analysis.SynonymGroup;

/**
 * A rule in synonyms.txt's Solr format: "query => query, word, word" lets the query reach the words
 * without making the words reach the (often odd) query. Only letters, digits, spaces, hyphens and
 * apostrophes survive, so no text can break the rule file (a '#', '=>' or newline).
 */
final class SynonymLine {

    private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N}' -]+");

    private SynonymLine() {}

    static String of(String query, String words) {
        String from = clean(query);
        String to = Arrays.stream(words.split(",")).map(SynonymLine::clean).filter(w -> !w.isEmpty())
                .collect(Collectors.joining(", "));
        return from + " => " + from + ", " + to;
    }

    /** The same rule as a group for the index (cleaned the same way, so screen and search agree). */
    static SynonymGroup group(String query, String words) {
        return new SynonymGroup(clean(query), Arrays.stream(words.split(",")).map(SynonymLine::clean)
                .filter(w -> !w.isEmpty()).toList());
    }

    static String clean(String text) {
        return UNSAFE.matcher(text).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }
}
