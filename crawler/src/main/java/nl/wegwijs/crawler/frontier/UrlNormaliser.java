package nl.wegwijs.crawler.frontier;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Normalises URLs so that one page reached under several spellings is fetched once: the RFC 3986 §6.2.2
 * syntax-based steps (case, percent-encoding, dot segments), default ports dropped (§6.2.3), and the
 * non-semantic parts real sites add: fragments, tracking parameters, session ids, parameter order.
 */
public final class UrlNormaliser {

    /** Parameters that only identify a campaign or visitor, never content. */
    private static final Pattern TRACKING = Pattern.compile(
            "utm_[a-z_]+|gclid|gbraid|wbraid|dclid|fbclid|msclkid|yclid|mc_cid|mc_eid|_ga|_gl|_hsenc|_hsmi|igshid"
                    + "|phpsessid|jsessionid|sid|sessionid|cfid|cftoken|ref_src",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PATH_SESSION = Pattern.compile(";(jsessionid|phpsessid|sid)=[^/?#]*", Pattern.CASE_INSENSITIVE);

    private UrlNormaliser() {}

    /** Resolves {@code href} against {@code base} and normalises it; empty for non-http(s) or malformed links. */
    public static Optional<URI> resolve(@Nullable URI base, String href) {
        String h = href.strip().replace(" ", "%20");
        if (h.isEmpty() || h.startsWith("#")) {
            return Optional.empty();
        }
        try {
            URI raw = base == null ? new URI(h) : base.resolve(new URI(h));
            return normalise(raw);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static Optional<URI> normalise(String url) {
        return resolve(null, url);
    }

    public static Optional<URI> normalise(URI raw) {
        String scheme = raw.getScheme() == null ? "" : raw.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || raw.getRawAuthority() == null || raw.getHost() == null) {
            return Optional.empty();
        }
        String host = raw.getHost().toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        int port = raw.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        String path = raw.getRawPath() == null || raw.getRawPath().isEmpty() ? "/" : raw.getRawPath();
        path = PercentEncoding.normalise(PATH_SESSION.matcher(path).replaceAll(""));
        path = URI.create("http://h" + path).normalize().getRawPath();
        while (path.startsWith("/../")) {
            path = path.substring(3);
        }
        String query = normaliseQuery(raw.getRawQuery());
        StringBuilder sb = new StringBuilder(scheme).append("://").append(host);
        if (!defaultPort) {
            sb.append(':').append(port);
        }
        sb.append(path);
        if (query != null) {
            sb.append('?').append(query);
        }
        try {
            return Optional.of(new URI(sb.toString()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * The identity used for de-duplication: the normalised URL without a trailing slash and without
     * {@code index.html}. Sites serve {@code /a} and {@code /a/} alike far more often than not.
     */
    public static String dedupKey(URI normalised) {
        String s = normalised.toString();
        int q = s.indexOf('?');
        String head = q < 0 ? s : s.substring(0, q);
        String tail = q < 0 ? "" : s.substring(q);
        head = head.replaceFirst("/(index|default)\\.(html?|php|aspx?)$", "/");
        if (head.endsWith("/") && head.indexOf('/', head.indexOf("//") + 2) < head.length() - 1) {
            head = head.substring(0, head.length() - 1);
        }
        return head + tail;
    }

    private static @Nullable String normaliseQuery(@Nullable String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
            if (!TRACKING.matcher(name).matches()) {
                kept.add(PercentEncoding.normalise(pair));
            }
        }
        // Sorting is safe for the sites we crawl: parameter order never carries meaning in a CMS query string.
        kept.sort(null);
        return kept.isEmpty() ? null : String.join("&", kept);
    }
}
