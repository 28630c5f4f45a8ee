package nl.wegwijs.portal.measure;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One visitor's tab without a browser: it makes the three requests Vaadin's client makes on a first
 * visit (the page, the UI start-up "v-r=init", the "ui-navigate" event that builds the view), so the
 * server holds a real session with a real UI showing the results, and it can keep that tab alive with
 * heartbeats as an open browser tab does.
 */
final class VaadinVisitor {

    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");

    private final HttpClient http;
    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String uiId = "0";

    VaadinVisitor(HttpClient http, String base) {
        this.http = http;
        this.base = base;
    }

    /** Opens route?query like a first page load; returns how many result cards the UI was built with. */
    int open(String route, String query) throws Exception {
        send(HttpRequest.newBuilder(URI.create(base + "/" + route + (query.isEmpty() ? "" : "?" + query))));
        String init = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=init&location=" + encode(route)
                + "&query=" + encode(query) + "&v-wn=measure&v-r-tz=Europe%2FAmsterdam")));
        String key = find(SECURITY_KEY, init);
        uiId = find(UI_ID, init);
        String navigate = "{\"csrfToken\":\"" + key + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\","
                + "\"data\":{\"route\":\"" + route + "\",\"query\":\"" + query + "\",\"appShellTitle\":\"\","
                + "\"historyState\":null,\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}";
        String uidl = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(navigate)));
        return uidl.split("wegwijs-card\\b", -1).length - 1;
    }

    /** What an open tab sends every heartbeat interval; without it Vaadin closes the UI as abandoned. */
    void heartbeat() throws Exception {
        send(HttpRequest.newBuilder(URI.create(base + "/?v-r=heartbeat&v-uiId=" + uiId)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private String send(HttpRequest.Builder request) throws Exception {
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList()));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) throw new IllegalStateException(response.statusCode() + " for " + response.uri());
        response.headers().allValues("Set-Cookie").forEach(c -> {
            String pair = c.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
        });
        return response.body();
    }

    private static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) throw new IllegalStateException("no " + pattern + " in the UI start-up answer");
        return m.group(1);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
