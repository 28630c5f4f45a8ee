package nl.wegwijs.crawler.fetch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.jspecify.annotations.Nullable;

/**
 * Fetches one URL within {@link FetchBounds}: redirects are followed by hand so that every hop is checked
 * against the address guard and the caller's rules (scope, robots.txt) before it is requested.
 */
public final class Fetcher implements AutoCloseable {

    /** Which successful bodies are read; others end as {@link FetchOutcome#NOT_HTML} after the headers. */
    public enum Accept {
        HTML, ANY, NONE;

        boolean wants(@Nullable String contentType) {
            return switch (this) {
                case ANY -> true;
                case NONE -> false;
                case HTML -> isHtml(contentType);
            };
        }
    }

    /** Decides whether a redirect target may be requested; empty means yes. */
    @FunctionalInterface
    public interface HopCheck {
        HopCheck ANY = hop -> Optional.empty();

        Optional<String> refusal(URI hop);
    }

    private final FetchBounds bounds;
    private final HttpClient client;
    private final ScheduledExecutorService watchdog;
    private final Exchange exchange;

    public Fetcher(FetchBounds bounds) {
        this.bounds = bounds;
        this.client = HttpClient.newBuilder()
                .connectTimeout(bounds.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                // HTTP/1.1 only: keeps one plain keep-alive connection per host and no h2c upgrade probes.
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.watchdog = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("fetch-watchdog").factory());
        this.exchange = new Exchange(client, watchdog, bounds);
    }

    public FetchBounds bounds() {
        return bounds;
    }

    public FetchResult fetch(URI url) {
        return fetch(url, Validators.NONE, Accept.ANY, HopCheck.ANY);
    }

    public FetchResult fetch(URI url, Validators validators, Accept accept, HopCheck hopCheck) {
        Instant deadline = Instant.now().plus(bounds.pageTimeout());
        List<URI> hops = new ArrayList<>();
        List<Integer> statuses = new ArrayList<>();
        Set<URI> visited = new HashSet<>();
        URI current = url;
        visited.add(withoutFragment(current));
        while (true) {
            Optional<String> refused = AddressGuard.refusal(current, bounds.allowLocal());
            if (refused.isPresent()) {
                return FetchResult.failure(url, current, hops, statuses, FetchOutcome.REFUSED_ADDRESS, 0, refused.get());
            }
            Exchange.Response response;
            try {
                response = exchange.run(current, hops.isEmpty() ? validators : Validators.NONE, accept, deadline);
            } catch (Exchange.DeadlineExceeded e) {
                return FetchResult.failure(url, current, hops, statuses, FetchOutcome.TIMEOUT, 0, e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return FetchResult.failure(url, current, hops, statuses, FetchOutcome.NETWORK_ERROR, 0, "interrupted");
            } catch (IOException | IllegalArgumentException e) {
                String message = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
                return FetchResult.failure(url, current, hops, statuses, FetchOutcome.NETWORK_ERROR, 0, message);
            }
            int status = response.status();
            if (!isRedirect(status)) {
                return toResult(url, current, hops, statuses, response);
            }
            URI next = resolve(current, response.location());
            String stop = next == null ? "redirect without a usable Location"
                    : hops.size() >= bounds.maxRedirects() ? "more than " + bounds.maxRedirects() + " redirects"
                    : !visited.add(withoutFragment(next)) ? "redirect loop at " + next
                    : hopCheck.refusal(next).orElse(null);
            if (next != null) {
                hops.add(next);
                statuses.add(status);
            }
            if (stop != null) {
                return FetchResult.failure(url, current, hops, statuses, FetchOutcome.REDIRECT_STOPPED, status, stop);
            }
            current = next;
        }
    }

    private static FetchResult toResult(URI url, URI current, List<URI> hops, List<Integer> statuses, Exchange.Response r) {
        int status = r.status();
        if (status == 304) {
            return new FetchResult(url, current, hops, statuses, FetchOutcome.NOT_MODIFIED, status, r.contentType(), new byte[0],
                    false, r.validators(), "", "not modified");
        }
        if (status < 200 || status >= 300) {
            return new FetchResult(url, current, hops, statuses, FetchOutcome.HTTP_ERROR, status, r.contentType(), new byte[0],
                    false, r.validators(), "", "HTTP " + status);
        }
        if (!r.bodyRead()) {
            return new FetchResult(url, current, hops, statuses, FetchOutcome.NOT_HTML, status, r.contentType(), new byte[0],
                    false, r.validators(), "", "not parsed: " + r.contentType());
        }
        return new FetchResult(url, current, hops, statuses, FetchOutcome.OK, status, r.contentType(), r.body(), r.truncated(),
                r.validators(), sha256(r.body()), r.truncated() ? "body cut at size limit" : "");
    }

    static boolean isHtml(@Nullable String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/html") || type.startsWith("application/xhtml+xml");
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static @Nullable URI resolve(URI base, @Nullable String location) {
        if (location == null || location.isBlank()) {
            return null;
        }
        try {
            URI next = base.resolve(location.trim().replace(" ", "%20"));
            return next.getHost() == null ? null : next;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static URI withoutFragment(URI uri) {
        return uri.getFragment() == null ? uri : URI.create(uri.toString().substring(0, uri.toString().indexOf('#')));
    }

    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK ships SHA-256", e);
        }
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
        client.shutdownNow();
    }
}
