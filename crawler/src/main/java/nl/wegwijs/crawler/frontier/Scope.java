package nl.wegwijs.crawler.frontier;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which URLs belong to the crawl: an allowed host (the {@code www.} twin counts as the same site) and, when
 * path prefixes are given, a path under one of them.
 */
public record Scope(Set<String> hosts, List<String> pathPrefixes) {

    public Scope {
        hosts = hosts.stream().map(Scope::siteName).collect(Collectors.toUnmodifiableSet());
        pathPrefixes = List.copyOf(pathPrefixes);
    }

    public boolean allows(URI url) {
        String host = url.getHost();
        if (host == null || !hosts.contains(siteName(host))) {
            return false;
        }
        if (pathPrefixes.isEmpty()) {
            return true;
        }
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        return pathPrefixes.stream().anyMatch(path::startsWith);
    }

    private static String siteName(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.startsWith("www.") ? h.substring(4) : h;
    }
}
