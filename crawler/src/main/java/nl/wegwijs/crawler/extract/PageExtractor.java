package nl.wegwijs.crawler.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Extracts candidates and links from one HTML page. Structured data wins: when a page carries schema.org
 * provisions, only those are returned. Otherwise the main content becomes one candidate if it shows a way to
 * reach someone (phone, e-mail or postcode), named after the page. Thread-safe.
 */
public final class PageExtractor {

    /**
     * Contact details and topic words sit near the top of real pages; scanning beyond this costs seconds on a
     * multi-megabyte page (hundreds of category patterns) and finds nothing an editor would want.
     */
    private static final int MAX_SCANNED_CHARS = 50_000;

    private final CategoryGuesser guesser;

    public PageExtractor(CategoryGuesser guesser) {
        this.guesser = guesser;
    }

    public static PageExtractor withDefaultVocabulary() {
        return new PageExtractor(CategoryGuesser.fromVocabulary());
    }

    public PageExtraction extract(String html, URI pageUrl) {
        Document doc = Jsoup.parse(html, pageUrl.toString());
        String robots = doc.select("meta[name~=(?i)^robots$]").eachAttr("content").toString().toLowerCase(Locale.ROOT);
        boolean noindex = robots.contains("noindex") || robots.contains("none");
        boolean nofollow = robots.contains("nofollow") || robots.contains("none");
        List<Candidate> candidates = noindex ? List.of() : candidates(doc, pageUrl);
        return new PageExtraction(candidates, nofollow ? List.of() : links(doc), canonical(doc), noindex, nofollow);
    }

    private List<Candidate> candidates(Document doc, URI pageUrl) {
        List<Candidate> structured = new ArrayList<>();
        for (StructuredData.Node node : StructuredData.entries(doc)) {
            SchemaOrgMapper.map(node, guesser, pageUrl).ifPresent(structured::add);
        }
        if (!structured.isEmpty()) {
            return structured;
        }
        return fromText(doc, pageUrl).map(List::of).orElse(List.of());
    }

    private java.util.Optional<Candidate> fromText(Document doc, URI pageUrl) {
        Element main = MainContent.of(doc);
        String text = head(main.wholeText()).replaceAll("[ \\t\\u00A0]+", " ");
        Set<String> emails = new LinkedHashSet<>(DutchPatterns.emails(text));
        for (String href : main.select("a[href^=mailto:]").eachAttr("href")) {
            // vocabulary.md §4.6: the mailto target is more trustworthy than the text shown.
            DutchPatterns.normaliseEmail(href).ifPresent(emails::add);
        }
        List<String> phones = new ArrayList<>(DutchPatterns.phones(text));
        for (String href : main.select("a[href^=tel:]").eachAttr("href")) {
            DutchPatterns.normalisePhone(href.substring(4)).filter(p -> !phones.contains(p)).ifPresent(phones::add);
        }
        var postcodePlace = DutchPatterns.postcodeWithPlace(text);
        String postcode = postcodePlace.map(p -> p[0]).orElse(DutchPatterns.postcodes(text).stream().findFirst().orElse(null));
        if (phones.isEmpty() && emails.isEmpty() && postcode == null) {
            return java.util.Optional.empty();
        }
        String name = Text.clean(firstNonBlank(meta(doc, "og:title"), textOf(main.selectFirst("h1")),
                textOf(doc.selectFirst("h1")), doc.title()), Text.MAX_NAME);
        if (name == null) {
            return java.util.Optional.empty();
        }
        String description = Text.clean(firstNonBlank(meta(doc, "description"), meta(doc, "og:description"),
                textOf(main.selectFirst("p"))), Text.MAX_DESCRIPTION);
        var address = new Candidate.PostalAddress(null, postcode, postcodePlace.map(p -> p[1]).orElse(null),
                DutchPatterns.municipality(text).orElse(null));
        String body = head(main.text());
        List<String> categories = guesser.guess(name + " " + (description == null ? "" : description), body);
        String url = Text.absoluteUrl(meta(doc, "og:url"), pageUrl);
        return java.util.Optional.of(new Candidate(name, description, url == null ? pageUrl.toString() : url, phones,
                List.copyOf(emails), address.isEmpty() ? null : address, List.of(), null, categories, "WebPage",
                Candidate.Source.PAGE_TEXT));
    }

    private static String head(String text) {
        return text.length() <= MAX_SCANNED_CHARS ? text : text.substring(0, MAX_SCANNED_CHARS);
    }

    private static List<String> links(Document doc) {
        Set<String> links = new LinkedHashSet<>();
        for (Element a : doc.select("a[href], area[href]")) {
            // rel=nofollow on a link is a ranking hint for search engines, but also a cheap politeness signal.
            if (!a.attr("rel").toLowerCase(Locale.ROOT).contains("nofollow")) {
                String abs = a.absUrl("href");
                if (!abs.isEmpty()) {
                    links.add(abs);
                }
            }
        }
        return List.copyOf(links);
    }

    private static @Nullable URI canonical(Document doc) {
        Element link = doc.selectFirst("link[rel=canonical][href]");
        if (link == null || link.absUrl("href").isEmpty()) {
            return null;
        }
        try {
            return URI.create(link.absUrl("href"));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** {@code <meta name=…>} or {@code <meta property=…>} (OpenGraph uses property). */
    private static @Nullable String meta(Document doc, String key) {
        for (Element m : doc.select("meta[content]")) {
            if (key.equalsIgnoreCase(m.attr("name")) || key.equalsIgnoreCase(m.attr("property"))) {
                return m.attr("content");
            }
        }
        return null;
    }

    private static @Nullable String textOf(@Nullable Element e) {
        return e == null ? null : e.text();
    }

    private static @Nullable String firstNonBlank(@Nullable String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
