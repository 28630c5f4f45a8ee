package nl.wegwijs.backend.crawlreview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server on loopback serving the fixture site under {@code src/test/resources/crawlreview/site/}
 * ({@code {{base}}} in a page becomes the server's URL), with ETags so a re-crawl gets 304s, plus a few special
 * paths: {@code /gone} (404), {@code /verhuisd} (301 to {@code /nieuw-adres.html}) and {@code /traag.html}, which
 * answers only when {@link #release()} is called.
 */
final class LoopbackSite implements AutoCloseable {

    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile CountDownLatch gate = new CountDownLatch(1);

    LoopbackSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String url(String path) {
        return base() + path;
    }

    /** Paths requested so far, with the conditional header if one was sent ("/a.html If-None-Match"). */
    List<String> requests() {
        return List.copyOf(requests);
    }

    void release() {
        gate.countDown();
    }

    void closeGateAgain() {
        gate = new CountDownLatch(1);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String conditional = exchange.getRequestHeaders().getFirst("If-None-Match");
            requests.add(path + (conditional == null ? "" : " If-None-Match"));
            switch (path) {
                case "/gone" -> send(exchange, 404, "text/html", "<p>weg</p>".getBytes(StandardCharsets.UTF_8));
                case "/verhuisd" -> {
                    exchange.getResponseHeaders().add("Location", "/nieuw-adres.html");
                    exchange.sendResponseHeaders(301, -1);
                }
                case "/traag.html" -> {
                    awaitGate();
                    send(exchange, 200, "text/html", "<html><body><p>Eindelijk.</p></body></html>".getBytes(StandardCharsets.UTF_8));
                }
                default -> serveFile(exchange, path.equals("/") ? "/index.html" : path, conditional);
            }
        }
    }

    private void serveFile(HttpExchange exchange, String path, String conditional) throws IOException {
        byte[] body;
        try (InputStream in = LoopbackSite.class.getResourceAsStream("/crawlreview/site" + path)) {
            if (in == null || path.contains("..")) {
                send(exchange, 404, "text/html", "<p>niet gevonden</p>".getBytes(StandardCharsets.UTF_8));
                return;
            }
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{base}}", base()).getBytes(StandardCharsets.UTF_8);
        }
        String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "\"";
        exchange.getResponseHeaders().add("ETag", etag);
        if (etag.equals(conditional)) {
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        send(exchange, 200, path.endsWith(".txt") ? "text/plain" : "text/html; charset=utf-8", body);
    }

    private void awaitGate() {
        try {
            gate.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    @Override
    public void close() {
        release();
        server.stop(0);
    }
}
