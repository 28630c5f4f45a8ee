package nl.wegwijs.crawler;

import java.util.Optional;
import nl.wegwijs.crawler.extract.DutchPatterns;
import nl.wegwijs.crawler.frontier.UrlNormaliser;

/**
 * The normal forms the crawler emits, for a matcher that compares crawled entries with catalogue entries. Two
 * values are the same when their normal forms are equal.
 */
public final class Normalisation {

    private Normalisation() {}

    /** Dutch and international numbers in E.164: "010-1234567", "+31 (0)10 123 45 67" → "+31101234567". */
    public static Optional<String> phone(String raw) {
        return DutchPatterns.normalisePhone(raw);
    }

    /** "1234ab" → "1234 AB"; empty when not a valid Dutch postcode. */
    public static Optional<String> postcode(String raw) {
        return DutchPatterns.normalisePostcode(raw);
    }

    /** Lower case, {@code mailto:} and query removed. */
    public static Optional<String> email(String raw) {
        return DutchPatterns.normaliseEmail(raw);
    }

    /** A fetchable normal URL: lower-case host, no default port, fragment or tracking parameters. */
    public static Optional<String> url(String raw) {
        String s = raw.strip();
        if (!s.contains("://")) {
            s = "https://" + s; // catalogue data often holds "www.example.nl"
        }
        return UrlNormaliser.normalise(s).map(Object::toString);
    }

    /**
     * A comparison key for URLs, not meant to be fetched: also ignores http versus https, a leading {@code www.},
     * a trailing slash and index.html, because catalogue records and sites disagree on those all the time.
     */
    public static Optional<String> urlKey(String raw) {
        return url(raw).map(java.net.URI::create).map(UrlNormaliser::dedupKey)
                .map(k -> k.replaceFirst("^https?://(www\\.)?", ""));
    }
}
