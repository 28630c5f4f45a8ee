package nl.wegwijs.crawler.robots;

import crawlercommons.robots.BaseRobotRules;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The robots.txt verdict for one origin, as of {@link #fetchedAt()}. */
public final class HostRules {

    /** Where the verdict came from. */
    public enum Status {
        /** A robots.txt was fetched and parsed. */
        PARSED,
        /** RFC 9309 §2.3.1.3: a 4xx (or too many redirects) means no robots.txt, so everything is allowed. */
        ALLOW_ALL,
        /** RFC 9309 §2.3.1.4: 5xx or no connection means complete disallow until robots.txt can be read. */
        UNAVAILABLE
    }

    private final Status status;
    private final @Nullable BaseRobotRules rules;
    private final Instant fetchedAt;
    private final String detail;

    HostRules(Status status, @Nullable BaseRobotRules rules, Instant fetchedAt, String detail) {
        this.status = status;
        this.rules = rules;
        this.fetchedAt = fetchedAt;
        this.detail = detail;
    }

    public boolean allows(URI url) {
        return switch (status) {
            case ALLOW_ALL -> true;
            case UNAVAILABLE -> false;
            case PARSED -> rules != null && rules.isAllowed(url.toString());
        };
    }

    /** The Crawl-delay for our agent, if robots.txt sets one (a non-standard extension RFC 9309 does not define). */
    public Optional<Duration> crawlDelay() {
        if (rules == null || rules.getCrawlDelay() == BaseRobotRules.UNSET_CRAWL_DELAY || rules.getCrawlDelay() < 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis(rules.getCrawlDelay()));
    }

    public List<URI> sitemaps() {
        if (rules == null) {
            return List.of();
        }
        return rules.getSitemaps().stream().flatMap(s -> {
            try {
                return java.util.stream.Stream.of(URI.create(s.strip()));
            } catch (IllegalArgumentException e) {
                return java.util.stream.Stream.empty();
            }
        }).toList();
    }

    public Status status() {
        return status;
    }

    public Instant fetchedAt() {
        return fetchedAt;
    }

    public String detail() {
        return detail;
    }
}
