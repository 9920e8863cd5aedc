package org.dyad.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One simulated browser tab speaking Vaadin Flow's client–server protocol over plain HTTP: form login, the bootstrap
 * page, {@code ?v-r=init} (which creates the UI and hands out the CSRF key), then UIDL requests with increasing
 * {@code syncId}/{@code clientId}. Keeps its own cookies, so many clients can share one {@link HttpClient}.
 * Every failure (HTTP status, session expiry, a Vaadin error, a redirect to the login page) throws.
 */
final class VaadinClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF_META = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SET_COOKIE = Pattern.compile("^([^=;]+)=([^;]*)");

    private final HttpClient http;
    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final StateTree tree = new StateTree();
    private String securityKey;
    private String uiId;
    private int syncId;
    private int clientId;
    private String lastResponse = "";

    VaadinClient(HttpClient http, String base) {
        this.http = http;
        this.base = base.endsWith("/") ? base : base + "/";
    }

    static HttpClient sharedHttp() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Signs in through the form login (Spring Security's POST /login, with its CSRF token when the page has one). */
    void login(String username, String password) {
        String page = get("login").body();
        Matcher csrf = CSRF_META.matcher(page);
        StringBuilder form = new StringBuilder("username=").append(enc(username)).append("&password=").append(enc(password));
        if (csrf.find()) {
            form.append("&_csrf=").append(enc(csrf.group(1)));
        }
        HttpResponse<String> response = send(request("login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error") || location.endsWith("/login")) {
            throw new IllegalStateException("sign-in of " + username + " failed: " + response.statusCode() + " → " + location);
        }
    }

    /**
     * Opens a route as a browser tab does (bootstrap page, UI init, then the navigation that builds the view) and
     * checks that the view rendered: the response must contain {@code expected}.
     */
    void open(String route, String expected) {
        open(route);
        if (!lastResponse.contains(expected)) {
            throw new IllegalStateException(route + " did not render '" + expected + "': " + abbreviate(lastResponse));
        }
    }

    /** Opens a route as a browser tab does: bootstrap page, UI init, then the navigation that builds the view. */
    void open(String route) {
        get(route);
        HttpResponse<String> init = get("?v-r=init&location=" + enc(route) + "&query=");
        JsonNode json = JSON.readTree(init.body());
        JsonNode uidl = json.path("appConfig").path("uidl");
        securityKey = uidl.path("Vaadin-Security-Key").asString(null);
        uiId = json.path("appConfig").path("v-uiId").asString("0");
        if (securityKey == null) {
            throw new IllegalStateException("no Vaadin-Security-Key in the init response of " + route);
        }
        syncId = uidl.path("syncId").asInt(0);
        clientId = uidl.path("clientId").asInt(0);
        tree.apply(uidl.path("changes"));
        navigate(route);
    }

    /** A router navigation inside the open UI (what clicking a RouterLink sends). */
    void navigate(String route) {
        ObjectNode data = JSON.createObjectNode().put("route", route).put("query", "").put("appShellTitle", "")
                .put("trigger", "");
        data.putObject("historyState").put("idx", 0);
        uidl(event(1, "ui-navigate", data));
    }

    /** Clicks the newest {@code vaadin-button} whose text is {@code text}. */
    void click(String text) {
        int node = tree.element("vaadin-button", text)
                .orElseThrow(() -> new IllegalStateException("no button '" + text + "' on the page"));
        uidl(event(node, "click", JSON.createObjectNode()));
    }

    /** The poll a UI with a poll interval sends. */
    void poll() {
        uidl(event(1, "ui-poll", JSON.createObjectNode()));
    }

    boolean hasButton(String text) {
        return tree.element("vaadin-button", text).isPresent();
    }

    String lastResponse() {
        return lastResponse;
    }

    private ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode rpc = JSON.createObjectNode().put("type", "event").put("node", node).put("event", name);
        rpc.set("data", data);
        return rpc;
    }

    private void uidl(ObjectNode rpc) {
        ObjectNode body = JSON.createObjectNode().put("csrfToken", securityKey);
        ArrayNode rpcs = body.putArray("rpc");
        rpcs.add(rpc);
        body.put("syncId", syncId).put("clientId", clientId);
        HttpResponse<String> response = send(request("?v-r=uidl&v-uiId=" + uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
        String text = response.body();
        if (response.statusCode() != 200) {
            throw new IllegalStateException("UIDL answered " + response.statusCode() + ": " + abbreviate(text));
        }
        JsonNode json = JSON.readTree(text.startsWith("for(;;);") ? text.substring("for(;;);".length()) : text);
        if (json.isArray()) {
            json = json.path(0);
        }
        JsonNode meta = json.path("meta");
        if (meta.has("sessionExpired") || meta.has("appError") || json.has("redirect")) {
            throw new IllegalStateException("Vaadin error: " + abbreviate(text));
        }
        syncId = json.path("syncId").asInt(syncId);
        clientId = json.path("clientId").asInt(clientId + 1);
        tree.apply(json.path("changes"));
        lastResponse = text;
    }

    private HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(request(path).GET().build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET /" + path + " answered " + response.statusCode()
                    + response.headers().firstValue("Location").map(l -> " → " + l).orElse(""));
        }
        return response;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (!cookies.isEmpty()) {
            builder.header("Cookie", String.join("; ", cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).toList()));
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            List<String> set = response.headers().allValues("set-cookie");
            for (String cookie : set) {
                Matcher m = SET_COOKIE.matcher(cookie);
                if (m.find()) {
                    cookies.put(m.group(1).strip(), m.group(2));
                }
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
