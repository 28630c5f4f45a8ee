package nl.wegwijs.crawler.testing;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Arrays;

/** The dynamic parts of the fixture site: pathological pages no static file can express. */
public final class FixtureSites {

    private FixtureSites() {}

    /** The static site under {@code src/test/resources/site/} plus redirects, errors, a slow, a huge and an endless page. */
    public static FixtureServer site() {
        FixtureServer server = new FixtureServer("site");
        return server
                .route("/aanbod", ex -> FixtureServer.redirect(ex, 301, "/aanbod/"))
                .route("/oud", ex -> FixtureServer.redirect(ex, 301, "/nieuw.html"))
                .route("/lus-a", ex -> FixtureServer.redirect(ex, 302, "/lus-b"))
                .route("/lus-b", ex -> FixtureServer.redirect(ex, 302, "/lus-a"))
                .route("/fout", ex -> FixtureServer.send(ex, 500, "text/html", "<html><body>Interne fout</body></html>"))
                .route("/folder.pdf", ex -> FixtureServer.send(ex, 200, "application/pdf", pdf()))
                .route("/traag", ex -> {
                    server.sleepUntilClosed(30);
                    FixtureServer.send(ex, 200, "text/html", "<html><body>Eindelijk</body></html>");
                })
                .route("/groot", FixtureSites::huge)
                .route("/agenda", FixtureSites::calendar)
                .route("/keten/", ex -> {
                    int n = Integer.parseInt(ex.getRequestURI().getPath().substring("/keten/".length()));
                    FixtureServer.redirect(ex, 302, "/keten/" + (n + 1));
                });
    }

    /** A 30 MB page, generated while sending: the crawler must stop reading at its size limit. */
    public static void huge(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        ex.sendResponseHeaders(200, 0);
        try (OutputStream out = ex.getResponseBody()) {
            out.write("<html><head><title>Groot</title></head><body><main><h1>Grote pagina</h1><p>Bel 010-5555555.</p>"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] filler = "<p>Vulling vulling vulling vulling vulling vulling vulling.</p>\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
            long written = 0;
            while (written < 30L * 1024 * 1024) {
                out.write(filler);
                written += filler.length;
            }
        }
    }

    /** An endless calendar: every month links to the next and the previous one. */
    public static void calendar(HttpExchange ex) throws IOException {
        String query = ex.getRequestURI().getQuery();
        YearMonth month = YearMonth.parse(query == null ? "2026-01" : query.replace("maand=", ""));
        String html = "<html><body><main><h1>Agenda " + month + "</h1><a href=\"/agenda?maand=" + month.plusMonths(1)
                + "\">volgende</a> <a href=\"/agenda?maand=" + month.minusMonths(1) + "\">vorige</a></main></body></html>";
        FixtureServer.send(ex, 200, "text/html; charset=utf-8", html);
    }

    static byte[] pdf() {
        byte[] body = new byte[512 * 1024];
        Arrays.fill(body, (byte) 'x');
        System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, body, 0, 9);
        return body;
    }
}
