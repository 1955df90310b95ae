package no.planstatus.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Serves the web app's index.html with the first API answers its public pages need written into it (issue 12: a
 * fast first load on a phone). Without them the page is drawn only after the JavaScript, then one or more rounds of
 * API requests; with them, as soon as the JavaScript runs.
 * <p>
 * The answers are those of plain GETs of the public API made here over loopback, with no cookie or credential, so
 * through the same resources, {@link PublicResponseCache} and ETag rules as any visitor's, and so exactly what that
 * URL answers anyone at this data revision (public reads answer alike for everyone; {@link PrivateRead}s such as the
 * session are never asked for). They are keyed by the URL the web app asks for, which uses one only for its first
 * request of that URL during the first page it shows (src/lib/api/first-answers.ts); a URL it does not find there
 * is fetched as before, so a page that asks for something else is only slower, never wrong. Nothing a request sends
 * changes what is written in: the page is built from its path (and only for a path without a query) and the data.
 * <p>
 * Pages: the overview ({@code /}), a goal ({@code /mal/<id>}), a measure ({@code /tiltak/<id>}), the responsible
 * bodies ({@code /ansvarlige}). Every other client route gets index.html as it is. When index.html is not on the
 * class path (a build with {@code -Dfrontend.skip}), or an answer fails or takes too long, the page is served with
 * what was found (possibly nothing), as before.
 */
@ApplicationScoped
public class WebAppPage {

    /** The path and query a client route was asked for, kept by {@link SpaRouting} when it reroutes it to {@code /}. */
    static final String REQUESTED = WebAppPage.class.getName() + ".requested";

    static final String ELEMENT_ID = "planstatus-first-answers";

    private static final Logger LOG = Logger.getLogger(WebAppPage.class);
    private static final Pattern GOAL = Pattern.compile("/mal/([1-9][0-9]{0,15})");
    private static final Pattern MEASURE = Pattern.compile("/tiltak/([1-9][0-9]{0,15})");
    private static final long TIMEOUT_MS = 3_000;
    private static final String PAGE_TYPE = "text/html;charset=UTF-8";

    private final Vertx vertx;
    private final ObjectMapper mapper;
    private final String head;
    private final String tail;
    private volatile HttpClient client;

    public WebAppPage(Vertx vertx, ObjectMapper mapper) {
        this.vertx = vertx;
        this.mapper = mapper;
        String page = readIndex();
        int end = page == null ? -1 : page.lastIndexOf("</body>");
        this.head = end < 0 ? null : page.substring(0, end);
        this.tail = end < 0 ? null : page.substring(end);
    }

    void register(@Observes Router router) {
        router.get("/").order(-1).handler(this::serve);
    }

    private static String readIndex() {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("META-INF/resources/index.html")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    private void serve(RoutingContext context) {
        if (head == null || context.request().isSSL()) {
            context.next();
            return;
        }
        String rerouted = context.get(REQUESTED);
        String requested = rerouted == null ? context.request().uri() : rerouted;
        SocketAddress self = context.request().localAddress();
        Future<Map<String, byte[]>> answers;
        try {
            answers = answersFor(requested, loopback(self));
        } catch (RuntimeException e) {
            answers = Future.failedFuture(e);
        }
        answers.timeout(TIMEOUT_MS, java.util.concurrent.TimeUnit.MILLISECONDS)
                .recover(failure -> {
                    LOG.debugf(failure, "Serving %s without first answers", context.request().uri());
                    return Future.succeededFuture(Map.of());
                })
                .onSuccess(found -> send(context, pathOf(requested), found));
    }

    private static String pathOf(String requested) {
        int query = requested.indexOf('?');
        return query < 0 ? requested : requested.substring(0, query);
    }

    private void send(RoutingContext context, String path, Map<String, byte[]> answers) {
        if (context.response().ended() || context.response().closed()) {
            return;
        }
        byte[] page = page(path, answers);
        String etag = "W/\"" + digest(page) + "\"";
        var response = context.response();
        response.putHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        response.putHeader(HttpHeaders.ETAG, etag);
        String ifNoneMatch = context.request().getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && List.of(ifNoneMatch.split("\\s*,\\s*")).contains(etag)) {
            response.setStatusCode(304).end();
            return;
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, PAGE_TYPE).end(Buffer.buffer(page));
    }

    /**
     * index.html with the current page's menu link marked, as the app marks it (a semibold link: marked only by the
     * app, the links after it would move), and the answers in a JSON data block before {@code </body>} (never run:
     * the CSP allows no inline script).
     */
    byte[] page(String path, Map<String, byte[]> answers) {
        String head = markCurrent(this.head, path);
        if (answers.isEmpty()) {
            return (head + tail).getBytes(StandardCharsets.UTF_8);
        }
        return (head + dataBlock(mapper, answers) + "\n  " + tail).getBytes(StandardCharsets.UTF_8);
    }

    /** The answers as one JSON object by URL, in a data block that nothing in them can end or change. */
    static String dataBlock(ObjectMapper mapper, Map<String, byte[]> answers) {
        StringBuilder json = new StringBuilder("{");
        answers.forEach((url, body) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            try {
                json.append(mapper.writeValueAsString(url));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            json.append(':').append(new String(body, StandardCharsets.UTF_8));
        });
        json.append('}');
        // Inside <script>, only "</script" or "<!--" could end or change the block: no "<" is left (JSON can only
        // have one in a string, where its escape means the same).
        String block = "<script type=\"application/json\" id=\"" + ELEMENT_ID + "\">"
                + json.toString().replace("<", "\\u003c") + "</script>";
        return block;
    }

    /** The public menu of components/layout/app-layout.tsx; «Handlingsplan» is current on the overview alone. */
    private static final List<String> MENU = List.of("/", "/dashbord", "/ansvarlige", "/bygg-inn");

    /** Marks the menu link of the page at {@code path} in index.html's frame as React Router's NavLink does. */
    static String markCurrent(String html, String path) {
        String lower = path.toLowerCase(java.util.Locale.ROOT);
        for (String link : MENU) {
            boolean current = link.equals("/") ? lower.equals("/")
                    : lower.equals(link) || lower.equals(link + "/") || lower.startsWith(link + "/");
            if (current) {
                return html.replace("<a class=\"ds-link\" href=\"" + link + "\">",
                        "<a class=\"ds-link active\" href=\"" + link + "\" aria-current=\"page\">");
            }
        }
        return html;
    }

    private static String digest(byte[] page) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(page), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The answers a page asks for first, by the URL the web app asks for them with (its own parameter order): only
     * those that answered 200 with JSON. Mirrors the pages' loaders in src/app/routes.
     */
    Future<Map<String, byte[]>> answersFor(String requested, Loopback api) {
        int query = requested.indexOf('?');
        String path = query < 0 ? requested : requested.substring(0, query);
        boolean hasQuery = query >= 0 && query < requested.length() - 1;
        Map<String, byte[]> found = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
        if (hasQuery) {
            return Future.succeededFuture(found);
        }
        Matcher goal = GOAL.matcher(path);
        Matcher measure = MEASURE.matcher(path);
        if (path.equals("/")) {
            return overview(api, found).map(done -> found);
        } else if (goal.matches()) {
            return api.all(found, List.of("/api/v1/goals/" + goal.group(1))).map(done -> found);
        } else if (measure.matches()) {
            String base = "/api/v1/measures/" + measure.group(1);
            return api.all(found, List.of(base, base + "/reports", base + "/history")).map(done -> found);
        } else if (path.equals("/ansvarlige") || path.equals("/ansvarlige/")) {
            return api.all(found, List.of("/api/v1/parties?limit=500")).map(done -> found);
        }
        return Future.succeededFuture(found);
    }

    /**
     * The overview's loader: the newest strategic plan, which of its action plans have measures, the action plan
     * shown (the newest adopted one with measures; else the newest with measures; else the newest), its measures,
     * the parties and its status reports.
     */
    private Future<Void> overview(Loopback api, Map<String, byte[]> found) {
        return api.get(found, "/api/v1/strategic-plans").compose(list -> {
            JsonNode newest = null;
            for (JsonNode plan : list.path("items")) {
                if (newest == null || plan.path("periodStart").asLong() > newest.path("periodStart").asLong()) {
                    newest = plan;
                }
            }
            if (newest == null) {
                return Future.succeededFuture();
            }
            return api.get(found, "/api/v1/strategic-plans/" + newest.path("id").asLong()).compose(plan -> {
                List<JsonNode> actionPlans = new ArrayList<>();
                plan.path("actionPlans").forEach(actionPlans::add);
                if (actionPlans.isEmpty()) {
                    return Future.succeededFuture();
                }
                List<Future<Long>> probes = new ArrayList<>();
                for (JsonNode actionPlan : actionPlans) {
                    long id = actionPlan.path("id").asLong();
                    probes.add(api.get(found, "/api/v1/measures?actionPlan=" + id + "&limit=1")
                            .map(page -> page.path("items").isEmpty() ? null : id));
                }
                return Future.all(probes).compose(done -> {
                    List<Long> withMeasures = new ArrayList<>();
                    for (Future<Long> probe : probes) {
                        if (probe.result() != null) {
                            withMeasures.add(probe.result());
                        }
                    }
                    long shown = chooseActionPlan(actionPlans, withMeasures);
                    return api.all(found, List.of("/api/v1/measures?limit=500&actionPlan=" + shown,
                            "/api/v1/parties?limit=500", "/api/v1/status-reports?actionPlan=" + shown));
                });
            });
        });
    }

    /** As chooseActionPlan in src/features/plan/api/get-action-plans-with-measures.ts, without a requested plan. */
    static long chooseActionPlan(List<JsonNode> actionPlans, List<Long> withMeasures) {
        List<JsonNode> sorted = new ArrayList<>(actionPlans);
        sorted.sort(Comparator.<JsonNode>comparingLong(a -> a.path("periodStart").asLong()).reversed()
                .thenComparing(a -> a.path("adoptedOn").asText(""), Comparator.reverseOrder())
                .thenComparing(Comparator.<JsonNode>comparingLong(a -> a.path("id").asLong()).reversed()));
        for (JsonNode actionPlan : sorted) {
            if (!actionPlan.path("adoptedOn").asText("").isEmpty()
                    && withMeasures.contains(actionPlan.path("id").asLong())) {
                return actionPlan.path("id").asLong();
            }
        }
        for (JsonNode actionPlan : sorted) {
            if (withMeasures.contains(actionPlan.path("id").asLong())) {
                return actionPlan.path("id").asLong();
            }
        }
        return sorted.get(0).path("id").asLong();
    }

    private HttpClient client() {
        HttpClient known = client;
        if (known == null) {
            synchronized (this) {
                if (client == null) {
                    client = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(8)
                            .setKeepAlive(true).setConnectTimeout((int) TIMEOUT_MS));
                }
                known = client;
            }
        }
        return known;
    }

    /** GETs of this server's API at {@code server}, the local address of a connection to it. */
    Loopback loopback(SocketAddress server) {
        return new Loopback(server);
    }

    /** Anonymous GETs of this server's own API, on the connection's local address (plain HTTP). */
    final class Loopback {
        private final SocketAddress server;

        Loopback(SocketAddress server) {
            this.server = server;
        }

        /** The answer's JSON, kept in {@code found} under the URL when it is a 200 with a JSON body. */
        Future<JsonNode> get(Map<String, byte[]> found, String url) {
            RequestOptions options = new RequestOptions().setServer(server).setMethod(HttpMethod.GET).setURI(url)
                    .setHost("localhost").setPort(server.port())
                    .putHeader(HttpHeaders.ACCEPT, "*/*")
                    .putHeader(HttpHeaders.ACCEPT_ENCODING, "identity")
                    .setTimeout(TIMEOUT_MS);
            return client().request(options)
                    .compose(request -> request.send())
                    .compose(response -> {
                        String type = response.getHeader(HttpHeaders.CONTENT_TYPE);
                        if (response.statusCode() != 200 || type == null || !type.startsWith("application/json")
                                || response.getHeader(HttpHeaders.CONTENT_ENCODING) != null) {
                            return response.body().transform(ignored -> Future.failedFuture(
                                    "GET " + url + " answered " + response.statusCode()));
                        }
                        return response.body();
                    })
                    .compose(body -> {
                        byte[] bytes = body.getBytes();
                        try {
                            JsonNode json = mapper.readTree(bytes);
                            found.put(url, bytes);
                            return Future.succeededFuture(json);
                        } catch (IOException e) {
                            return Future.failedFuture(e);
                        }
                    });
        }

        /** Every URL at once; those that fail are left out. */
        Future<Void> all(Map<String, byte[]> found, List<String> urls) {
            List<Future<JsonNode>> requests = urls.stream()
                    .map(url -> get(found, url).recover(failure -> Future.succeededFuture(null))).toList();
            return Future.all(requests).mapEmpty();
        }
    }
}
