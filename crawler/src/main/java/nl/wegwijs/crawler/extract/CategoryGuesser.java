package nl.wegwijs.crawler.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses Wegwijs top-level categories from the vocabulary of shared/notes/vocabulary.md §5 (file
 * {@code categories.txt}). A term matches at a word start, so "respijt" also finds "respijtzorg" (Dutch
 * compounds); terms of three letters or fewer must match a whole word. Results are guesses for an editor.
 *
 * <p>One pass over the text: at every word start the terms sharing its first two letters are tried. A regex per
 * term was simpler but scanned each page some 300 times and capped the crawler at under 100 pages per second.
 */
public final class CategoryGuesser {

    private static final int MAX_CATEGORIES = 3;
    private static final int HEADLINE_WEIGHT = 3;

    /** A vocabulary term and the category it points to. */
    private record Term(String text, String category) {}

    private final Map<String, List<Term>> byPrefix;
    private final List<String> categoryOrder;

    private CategoryGuesser(Map<String, List<Term>> byPrefix, List<String> categoryOrder) {
        this.byPrefix = byPrefix;
        this.categoryOrder = categoryOrder;
    }

    public static CategoryGuesser fromVocabulary() {
        try (InputStream in = CategoryGuesser.class.getResourceAsStream("categories.txt")) {
            if (in == null) {
                throw new IllegalStateException("categories.txt missing from the crawler jar");
            }
            Map<String, List<Term>> byPrefix = new HashMap<>();
            List<String> order = new ArrayList<>();
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int colon = line.indexOf(':');
                if (line.isBlank() || line.startsWith("#") || colon < 0) {
                    continue;
                }
                String category = line.substring(0, colon).strip();
                order.add(category);
                for (String raw : line.substring(colon + 1).split(",")) {
                    String t = raw.strip().toLowerCase(Locale.ROOT);
                    if (t.length() >= 2) {
                        byPrefix.computeIfAbsent(t.substring(0, 2), k -> new ArrayList<>()).add(new Term(t, category));
                    }
                }
            }
            return new CategoryGuesser(byPrefix, List.copyOf(order));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Up to three category keys, best first. A term in the headline (name, description) scores three, a term
     * only in body text one, each term once; a category needs two, so one stray body word is not enough.
     */
    public List<String> guess(String headline, String body) {
        Set<Term> inHead = matches(headline.toLowerCase(Locale.ROOT));
        Set<Term> inBody = matches(body.toLowerCase(Locale.ROOT));
        Map<String, Integer> scores = new HashMap<>();
        for (Term t : inHead) {
            scores.merge(t.category(), HEADLINE_WEIGHT, Integer::sum);
        }
        for (Term t : inBody) {
            if (!inHead.contains(t)) {
                scores.merge(t.category(), 1, Integer::sum);
            }
        }
        return scores.entrySet().stream()
                .filter(e -> e.getValue() >= 2)
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed()
                        .thenComparingInt(e -> categoryOrder.indexOf(e.getKey())))
                .limit(MAX_CATEGORIES)
                .map(Map.Entry::getKey)
                .toList();
    }

    private Set<Term> matches(String text) {
        Set<Term> found = new HashSet<>();
        int n = text.length();
        for (int i = 0; i + 1 < n; i++) {
            if (!isWordChar(text.charAt(i)) || (i > 0 && isWordChar(text.charAt(i - 1)))) {
                continue;
            }
            List<Term> candidates = byPrefix.get(text.substring(i, i + 2));
            if (candidates == null) {
                continue;
            }
            for (Term t : candidates) {
                int end = i + t.text().length();
                if (text.startsWith(t.text(), i) && (t.text().length() > 3 || end >= n || !isWordChar(text.charAt(end)))) {
                    found.add(t);
                }
            }
        }
        return found;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
