package nl.wegwijs.crawler.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Guesses Wegwijs top-level categories from the vocabulary of shared/notes/vocabulary.md §5 (file
 * {@code categories.txt}). A term matches at a word start, so "respijt" also finds "respijtzorg" (Dutch
 * compounds); terms of three letters or fewer must match a whole word. Results are guesses for an editor.
 */
public final class CategoryGuesser {

    private static final int MAX_CATEGORIES = 3;
    private static final int HEADLINE_WEIGHT = 3;

    private final Map<String, List<Pattern>> terms;

    private CategoryGuesser(Map<String, List<Pattern>> terms) {
        this.terms = terms;
    }

    public static CategoryGuesser fromVocabulary() {
        try (InputStream in = CategoryGuesser.class.getResourceAsStream("categories.txt")) {
            if (in == null) {
                throw new IllegalStateException("categories.txt missing from the crawler jar");
            }
            Map<String, List<Pattern>> terms = new LinkedHashMap<>();
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int colon = line.indexOf(':');
                if (line.isBlank() || line.startsWith("#") || colon < 0) {
                    continue;
                }
                List<Pattern> patterns = new ArrayList<>();
                for (String term : line.substring(colon + 1).split(",")) {
                    String t = term.strip().toLowerCase(Locale.ROOT);
                    if (!t.isEmpty()) {
                        String end = t.length() <= 3 ? "(?![\\p{L}\\d])" : "";
                        patterns.add(Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(t) + end));
                    }
                }
                terms.put(line.substring(0, colon).strip(), List.copyOf(patterns));
            }
            return new CategoryGuesser(terms);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Up to three category keys, best first. Terms in the headline (name, description) weigh three times a
     * term in body text, and a category needs a score of at least two, so one stray body word is not enough.
     */
    public List<String> guess(String headline, String body) {
        String head = headline.toLowerCase(Locale.ROOT);
        String text = body.toLowerCase(Locale.ROOT);
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (var entry : terms.entrySet()) {
            int score = 0;
            for (Pattern p : entry.getValue()) {
                if (p.matcher(head).find()) {
                    score += HEADLINE_WEIGHT;
                } else if (p.matcher(text).find()) {
                    score += 1;
                }
            }
            if (score >= 2) {
                scores.put(entry.getKey(), score);
            }
        }
        return scores.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(MAX_CATEGORIES)
                .map(Map.Entry::getKey)
                .toList();
    }
}
