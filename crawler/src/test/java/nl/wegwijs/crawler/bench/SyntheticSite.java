package nl.wegwijs.crawler.bench;

import nl.wegwijs.crawler.testing.FixtureServer;

/**
 * A generated provider site: page N links to pages 10N+1 … 10N+10, so 10,000 pages sit within depth 4. Every
 * fifth page carries JSON-LD, the others contact details in text, each about 4 KB like a real CMS page.
 */
final class SyntheticSite {

    private static final String FILLER = "<p>Wij bieden logeeropvang, dagbesteding en ondersteuning voor ouders van kinderen "
            + "met een beperking. Neem contact op voor een kennismaking of een intake.</p>\n";

    private SyntheticSite() {}

    static FixtureServer start(int pages) {
        FixtureServer server = new FixtureServer("bench-none");
        server.route("/robots.txt", ex -> FixtureServer.send(ex, 404, "text/plain", ""));
        server.route("/p/", ex -> {
            int n = Integer.parseInt(ex.getRequestURI().getPath().substring(3));
            FixtureServer.send(ex, n < pages ? 200 : 404, "text/html; charset=utf-8", page(n, pages));
        });
        return server;
    }

    static String page(int n, int pages) {
        StringBuilder html = new StringBuilder(4096).append("<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\">")
                .append("<title>Aanbieder ").append(n).append("</title>");
        if (n % 5 == 0) {
            html.append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"LocalBusiness\",")
                    .append("\"name\":\"Logeerhuis ").append(n).append("\",\"telephone\":\"010-").append(1_000_000 + n)
                    .append("\",\"address\":{\"@type\":\"PostalAddress\",\"postalCode\":\"3011 AB\",\"addressLocality\":\"Rotterdam\"}}</script>");
        }
        html.append("</head><body><nav><a href=\"/p/0\">Home</a> <a href=\"/p/1\">Aanbod</a></nav><main><h1>Aanbieder ")
                .append(n).append("</h1>");
        html.append(FILLER.repeat(12));
        html.append("<p>Bel 06-").append(10_000_000 + n).append(" of mail info").append(n).append("@aanbieder.example, ")
                .append("Dorpsstraat ").append(n).append(", 1234 AB Voorbeeld.</p><ul>");
        for (int child = 10 * n + 1; child <= 10 * n + 10 && child < pages; child++) {
            html.append("<li><a href=\"/p/").append(child).append("\">Pagina ").append(child).append("</a></li>");
        }
        return html.append("</ul></main><footer>Aanbieder, KvK 12345678</footer></body></html>").toString();
    }
}
