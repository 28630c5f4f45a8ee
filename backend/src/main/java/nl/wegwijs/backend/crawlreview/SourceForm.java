package nl.wegwijs.backend.crawlreview;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an editor fills in for a source.
 *
 * @param id null for a new source (a slug is made from the name)
 * @param startUrls absolute http(s) URLs the crawl starts from
 * @param allowedHosts hosts the crawl stays on; empty means the start URLs' hosts and their {@code www.} twins
 * @param allowedPathPrefixes path prefixes ("/zorg/") the crawl stays under; empty means every path
 * @param schedule Spring cron ("0 0 4 * * MON") or ISO-8601 interval ("P7D"); blank: by hand only
 * @param maxPages page limit for this source, at most the application's; null: the application's
 * @param maxDepth link depth for this source, at most the application's; null: the application's
 */
public record SourceForm(@Nullable String id, String name, List<String> startUrls, List<String> allowedHosts,
        List<String> allowedPathPrefixes, @Nullable String schedule, boolean enabled, @Nullable Integer maxPages,
        @Nullable Integer maxDepth) {

    public SourceForm {
        startUrls = clean(startUrls);
        allowedHosts = clean(allowedHosts);
        allowedPathPrefixes = clean(allowedPathPrefixes);
    }

    private static List<String> clean(List<String> values) {
        return values.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
