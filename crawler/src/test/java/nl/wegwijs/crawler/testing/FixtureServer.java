package nl.wegwijs.crawler.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server on loopback serving a fixture site from {@code src/test/resources/<dir>/}, plus dynamic
 * routes. Every request is logged, so tests can prove what was (not) fetched. {@code ${base}} in text fixtures
 * is replaced by the server's base URL.
 */
public final class FixtureServer implements AutoCloseable {

    /** One logged request. */
    public record Hit(String method, String pathAndQuery, Map<String, String> headers, Instant at) {}

    private final HttpServer server;
    private final String resourceDir;
    private final Map<String, HttpHandler> routes = new ConcurrentHashMap<>();
    private final List<Hit> log = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    public FixtureServer(String resourceDir) {
        this.resourceDir = resourceDir;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    /** A dynamic route for an exact path, or for a prefix when it ends in a slash (query ignored); wins over files. */
    public FixtureServer route(String path, HttpHandler handler) {
        routes.put(path, handler);
        return this;
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public URI url(String path) {
        return base().resolve(path);
    }

    public List<Hit> hits() {
        return List.copyOf(log);
    }

    public List<String> requestedPaths() {
        return log.stream().map(Hit::pathAndQuery).toList();
    }

    public long count(String pathAndQuery) {
        return log.stream().filter(h -> h.pathAndQuery().equals(pathAndQuery)).count();
    }

    /** Blocks a slow handler until the server closes, so no thread outlives the test. */
    public void sleepUntilClosed(long seconds) {
        try {
            closing.await(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void sleepUntilClosedMillis(long millis) {
        try {
            closing.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        String pathAndQuery = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        Map<String, String> headers = new ConcurrentHashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), String.join(",", v)));
        log.add(new Hit(exchange.getRequestMethod(), pathAndQuery, headers, Instant.now()));
        try (exchange) {
            HttpHandler route = routes.get(uri.getRawPath());
            if (route == null) {
                String path = uri.getRawPath();
                route = routes.entrySet().stream().filter(r -> r.getKey().length() > 1 && r.getKey().endsWith("/") && path.startsWith(r.getKey()))
                        .map(Map.Entry::getValue).findFirst().orElse(null);
            }
            if (route != null) {
                route.handle(exchange);
            } else {
                serveFile(exchange, uri.getRawPath());
            }
        } catch (IOException clientWentAway) {
            // The crawler closing early (size limit, timeout, PDF) is expected.
        }
    }

    private void serveFile(HttpExchange exchange, String path) throws IOException {
        String file = path.endsWith("/") ? path + "index.html" : path;
        try (InputStream in = FixtureServer.class.getResourceAsStream("/" + resourceDir + file)) {
            if (in == null) {
                send(exchange, 404, "text/html; charset=utf-8", "<html><body>Niet gevonden</body></html>");
                return;
            }
            byte[] body = in.readAllBytes();
            String type = file.endsWith(".txt") ? "text/plain" : file.endsWith(".xml") ? "application/xml"
                    : file.endsWith(".pdf") ? "application/pdf" : "text/html; charset=utf-8";
            if (!type.equals("application/pdf") && !file.contains("latin")) {
                body = new String(body, StandardCharsets.UTF_8).replace("${base}", base().toString()).getBytes(StandardCharsets.UTF_8);
            }
            if (file.contains("latin")) {
                type = "text/html"; // no charset in the header: the page's meta tag must decide
            }
            send(exchange, 200, type, body);
        }
    }

    public static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        send(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    public static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    public static void redirect(HttpExchange exchange, int status, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(status, -1);
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
    }
}
