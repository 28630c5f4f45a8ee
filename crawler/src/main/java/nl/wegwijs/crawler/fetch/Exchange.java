package nl.wegwijs.crawler.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/** One request and response, no redirects, with the body read under the size bound and the deadline. */
final class Exchange {

    /** The part of a response {@link Fetcher} needs. */
    record Response(int status, @Nullable String contentType, @Nullable String location, Validators validators,
            byte[] body, boolean truncated, boolean bodyRead) {}

    /** The deadline passed while waiting for headers or reading the body. */
    static final class DeadlineExceeded extends IOException {
        DeadlineExceeded(String message) {
            super(message);
        }
    }

    private static final int CHUNK = 16 * 1024;

    private final HttpClient client;
    private final ScheduledExecutorService watchdog;
    private final FetchBounds bounds;

    Exchange(HttpClient client, ScheduledExecutorService watchdog, FetchBounds bounds) {
        this.client = client;
        this.watchdog = watchdog;
        this.bounds = bounds;
    }

    Response run(URI url, Validators validators, Fetcher.Accept accept, Instant deadline)
            throws IOException, InterruptedException {
        Duration remaining = Duration.between(Instant.now(), deadline);
        if (remaining.isNegative() || remaining.isZero()) {
            throw new DeadlineExceeded("page time limit reached before " + url);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .GET()
                // The request timeout only covers the wait for headers; the body is guarded by the watchdog below.
                .timeout(remaining)
                .header("User-Agent", bounds.userAgent())
                .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1")
                .header("Accept-Language", "nl,en;q=0.5");
        if (validators.etag() != null) {
            request.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            request.header("If-Modified-Since", validators.lastModified());
        }
        HttpResponse<InputStream> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (java.net.http.HttpTimeoutException e) {
            throw new DeadlineExceeded("no response within the time limit: " + e.getMessage());
        }
        var headers = response.headers();
        String contentType = headers.firstValue("Content-Type").orElse(null);
        Validators received = new Validators(headers.firstValue("ETag").orElse(null),
                headers.firstValue("Last-Modified").orElse(null));
        int status = response.statusCode();
        try (InputStream in = response.body()) {
            boolean wanted = status >= 200 && status < 300 && accept.wants(contentType);
            if (!wanted) {
                // Closing without reading aborts the transfer: a PDF or an error page costs us only its headers.
                return new Response(status, contentType, headers.firstValue("Location").orElse(null), received,
                        new byte[0], false, false);
            }
            return readBody(in, status, contentType, received, deadline);
        }
    }

    private Response readBody(InputStream in, int status, @Nullable String contentType, Validators received,
            Instant deadline) throws IOException {
        AtomicBoolean expired = new AtomicBoolean();
        long delay = Math.max(1, Duration.between(Instant.now(), deadline).toMillis());
        ScheduledFuture<?> alarm = watchdog.schedule(() -> {
            expired.set(true);
            closeQuietly(in);
        }, delay, TimeUnit.MILLISECONDS);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(CHUNK);
            byte[] buffer = new byte[CHUNK];
            int limit = bounds.maxBodyBytes();
            boolean truncated = false;
            int n;
            while ((n = in.read(buffer)) != -1) {
                int room = limit - out.size();
                if (n > room) {
                    out.write(buffer, 0, room);
                    truncated = true;
                    break;
                }
                out.write(buffer, 0, n);
            }
            return new Response(status, contentType, null, received, out.toByteArray(), truncated, true);
        } catch (IOException e) {
            if (expired.get()) {
                throw new DeadlineExceeded("body not complete within the time limit");
            }
            throw e;
        } finally {
            alarm.cancel(false);
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // The reader sees the failure; nothing to add here.
        }
    }
}
