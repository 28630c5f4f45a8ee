package nl.wegwijs.crawler;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What to crawl.
 *
 * @param seeds start URLs (depth 0)
 * @param known pages from an earlier crawl with their validators; they are revisited with conditional requests
 *     (RFC 9110 §13.1) at depth 1, because a 304 page yields no links to rediscover them by
 */
public record CrawlRequest(List<URI> seeds, Map<URI, PageValidators> known) {

    public CrawlRequest {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("at least one seed");
        }
        seeds = List.copyOf(seeds);
        known = Map.copyOf(known);
    }

    public static CrawlRequest of(String... seeds) {
        return new CrawlRequest(Arrays.stream(seeds).map(URI::create).toList(), Map.of());
    }
}
