package nl.wegwijs.crawler.extract;

import java.net.URI;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.jspecify.annotations.Nullable;

/** Text sanitising for everything that leaves the extractor: no markup, no control characters, bounded length. */
final class Text {

    static final int MAX_NAME = 200;
    static final int MAX_DESCRIPTION = 1000;

    private Text() {}

    /**
     * Plain text of a possibly HTML-bearing value (JSON-LD descriptions often hold markup). {@link Safelist#none()}
     * drops every tag; parsing the cleaned fragment then decodes entities and collapses whitespace.
     */
    static @Nullable String clean(@Nullable String raw, int maxLength) {
        if (raw == null) {
            return null;
        }
        String plain = raw.indexOf('<') >= 0 || raw.indexOf('&') >= 0
                ? Jsoup.parseBodyFragment(Jsoup.clean(raw, Safelist.none())).text()
                : raw;
        plain = plain.replaceAll("[\\p{Cc}\\p{Cf}&&[^\\n\\t]]", "").replaceAll("\\s+", " ").strip();
        if (plain.isEmpty()) {
            return null;
        }
        return plain.length() <= maxLength ? plain : plain.substring(0, maxLength - 1).strip() + "…";
    }

    static @Nullable String absoluteUrl(@Nullable String raw, URI base) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            URI resolved = base.resolve(raw.strip().replace(" ", "%20"));
            String scheme = resolved.getScheme();
            return scheme != null && (scheme.equals("http") || scheme.equals("https")) ? resolved.toString() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
