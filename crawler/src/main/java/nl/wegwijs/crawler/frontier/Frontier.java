package nl.wegwijs.crawler.frontier;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Breadth-first queue of URLs per origin, with de-duplication, scope, depth and trap checks on the way in, and a
 * politeness slot per origin on the way out. Single-threaded by design: one crawl loop owns it.
 */
public final class Frontier {

    /** What happened to an offered URL. */
    public enum Admission { QUEUED, DUPLICATE, OUT_OF_SCOPE, TOO_DEEP, TRAP, HOST_DROPPED }

    /** A URL waiting to be fetched; {@code depth} counts links followed from a seed. */
    public record Queued(URI url, int depth, @Nullable URI foundOn) {}

    /** The next URL and the earliest instant its origin may be contacted again. */
    public record Next(Queued item, Instant notBefore) {}

    private final Scope scope;
    private final int maxDepth;
    private final TrapDetector traps;
    private final Set<String> seen = new HashSet<>();
    private final Map<String, ArrayDeque<Queued>> queues = new LinkedHashMap<>();
    private final Map<String, Instant> readyAt = new HashMap<>();
    private final Set<String> droppedHosts = new HashSet<>();
    private int size;

    public Frontier(Scope scope, int maxDepth, TrapDetector traps) {
        this.scope = scope;
        this.maxDepth = maxDepth;
        this.traps = traps;
    }

    /** Offers an already normalised URL. */
    public Admission offer(URI url, int depth, @Nullable URI foundOn) {
        if (!scope.allows(url)) {
            return Admission.OUT_OF_SCOPE;
        }
        String origin = origin(url);
        if (droppedHosts.contains(origin)) {
            return Admission.HOST_DROPPED;
        }
        if (depth > maxDepth) {
            return Admission.TOO_DEEP;
        }
        if (seen.contains(UrlNormaliser.dedupKey(url))) {
            return Admission.DUPLICATE;
        }
        if (traps.trapReason(url).isPresent()) {
            return Admission.TRAP;
        }
        seen.add(UrlNormaliser.dedupKey(url));
        queues.computeIfAbsent(origin, k -> new ArrayDeque<>()).add(new Queued(url, depth, foundOn));
        size++;
        return Admission.QUEUED;
    }

    public boolean inScope(URI url) {
        return scope.allows(url);
    }

    /** Records a URL reached through a redirect, so a later link to it is not fetched again. */
    public boolean markSeen(URI url) {
        return seen.add(UrlNormaliser.dedupKey(url));
    }

    public boolean isSeen(URI url) {
        return seen.contains(UrlNormaliser.dedupKey(url));
    }

    /** Removes and returns the URL whose origin is free soonest (ties: the origin queued first). */
    public Optional<Next> next() {
        String best = null;
        Instant bestTime = null;
        for (var entry : queues.entrySet()) {
            if (entry.getValue().isEmpty()) {
                continue;
            }
            Instant t = readyAt.getOrDefault(entry.getKey(), Instant.MIN);
            if (bestTime == null || t.isBefore(bestTime)) {
                best = entry.getKey();
                bestTime = t;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        size--;
        return Optional.of(new Next(queues.get(best).poll(), bestTime));
    }

    /** The origin may be contacted again from {@code next} on (politeness delay, Crawl-delay). */
    public void politenessSlot(URI url, Instant next) {
        readyAt.put(origin(url), next);
    }

    /** Forgets everything queued for the URL's origin and refuses further URLs there; returns how many were dropped. */
    public int dropHost(URI url) {
        String origin = origin(url);
        droppedHosts.add(origin);
        ArrayDeque<Queued> queue = queues.remove(origin);
        int dropped = queue == null ? 0 : queue.size();
        size -= dropped;
        return dropped;
    }

    public int size() {
        return size;
    }

    /** RFC 9309 §2.3: robots.txt applies per scheme, host and port, so politeness is kept per origin too. */
    public static String origin(URI url) {
        return url.getScheme() + "://" + url.getHost() + (url.getPort() == -1 ? "" : ":" + url.getPort());
    }
}
