package nl.wegwijs.backend.crawlreview;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A source as editors see it, with its latest run. */
public record SourceDetails(String id, String name, List<String> startUrls, List<String> allowedHosts,
        List<String> allowedPathPrefixes, @Nullable String schedule, boolean enabled, @Nullable Integer maxPages,
        @Nullable Integer maxDepth, @Nullable Instant nextRunAt, @Nullable RunSummary lastRun) {

    public SourceForm form() {
        return new SourceForm(id, name, startUrls, allowedHosts, allowedPathPrefixes, schedule, enabled, maxPages,
                maxDepth);
    }
}
