package no.planstatus.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import no.planstatus.report.Assessment;
import no.planstatus.report.ImplementationStatus;
import no.planstatus.security.Role;
import no.planstatus.support.TestAccounts;
import no.planstatus.support.TestPlans;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The contract fuzz suite: reads openapi.yaml, sends generated requests to every operation (valid ones and ones
 * with one boundary or hostile part, anonymous and as each role, with an API token or a session cookie) and fails
 * on any 5xx, any error that is not application/problem+json with type, title and status, and any status the
 * contract does not list for the operation.
 * <p>
 * Deterministic for a seed: {@code -Dfuzz.seed=...} repeats a run (the seed is printed), {@code -Dfuzz.count=...}
 * changes how many requests are sent. Ids in paths and bodies are the suite's own plan, party, accounts, token and
 * webhook, or ids that do not exist, so writes never touch data other tests use; imports are always dry runs.
 */
@QuarkusTest
class ContractFuzzTest {

    private static final Path CONTRACT = Path.of("..", "openapi.yaml");
    private static final long DEFAULT_SEED = 20261201L;
    private static final int DEFAULT_COUNT = 2000;
    private static final long MISSING_ID = 987_654_321L;
    /**
     * Statuses the HTTP layer answers before any operation is chosen (a path parameter can make the request line too
     * long as well as a query); documented once, in the contract's description, instead of in every operation.
     */
    private static final Set<Integer> BEFORE_ROUTING = Set.of(414, 431);
    private static final int MAX_EXAMPLES = 3;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Inject
    TestPlans plans;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Caller> callers = new LinkedHashMap<>();
    private final List<String> weightedCallers = new ArrayList<>();
    private final Map<String, Long> ownIds = new LinkedHashMap<>();
    private final List<String> createdWebhooks = new ArrayList<>();
    private String adminToken;

    /** Who sends a request: headers that authenticate it, and whether it is a real role. */
    record Caller(String name, Map<String, String> headers) {
    }

    /** One request as sent, with what the fuzzer changed in it. */
    /**
     * @param refusedId a path or query parameter carries a value that its integer schema refuses (such as +1, ١ or
     *                  ../x for an Id), which must never be answered as a success
     */
    record Sent(FuzzContract.Operation operation, String caller, String kind, String method, String target,
            Map<String, String> headers, byte[] body, boolean raw, boolean refusedId) {

        String describe() {
            StringBuilder text = new StringBuilder();
            text.append(method).append(' ').append(shorten(target, 300)).append("  [caller ").append(caller)
                    .append(", ").append(kind).append(']');
            headers.forEach((name, value) -> text.append("\n      ").append(name).append(": ")
                    .append(shorten(value, 120)));
            if (body != null) {
                text.append("\n      body: ").append(shorten(new String(body, StandardCharsets.UTF_8), 300));
            }
            return text.toString();
        }
    }

    record Answer(int status, String contentType, String body) {
    }

    @BeforeEach
    void createOwnData() {
        TestPlans.Created plan = plans.create(List.of(TestPlans.report(LocalDate.of(2031, 6, 1),
                ImplementationStatus.IN_PROGRESS, Assessment.ON_TRACK, 40, "Rapport for fuzz")));
        long measureId = plan.measureId(1, 1);
        JsonNode measure = MAPPER.valueToTree(given().get("/api/v1/measures/" + measureId).then().statusCode(200)
                .extract().as(Map.class));
        ownIds.put("strategicPlan", plan.strategicPlanId());
        ownIds.put("actionPlan", plan.actionPlanId());
        ownIds.put("goal", measure.path("goal").path("id").asLong());
        ownIds.put("measure", measureId);
        ownIds.put("party", plan.leadPartyId());
        ownIds.put("report", given().get("/api/v1/measures/" + measureId + "/reports").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id"));
        ownIds.put("responsibility", given().get("/api/v1/measures/" + measureId + "/responsibilities")
                .then().statusCode(200).extract().jsonPath().getLong("items[0].id"));
        ownIds.put("account", TestAccounts.create(Role.REPORTER, plan.leadPartyId()).accountId());

        TestAccounts.Credentials admin = TestAccounts.create(Role.ADMIN, null);
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        TestAccounts.Credentials reporter = TestAccounts.create(Role.REPORTER, plan.leadPartyId());
        adminToken = admin.tokenSecret();
        ownIds.put("token", given().header("Authorization", "Bearer " + adminToken).contentType(ContentType.JSON)
                .body(Map.of("name", "fuzz victim", "role", "EDITOR")).post("/api/v1/tokens")
                .then().statusCode(201).extract().jsonPath().getLong("token.id"));
        ownIds.put("webhook", createWebhook());

        callers.put("anonymous", new Caller("anonymous", Map.of()));
        // a list, not Map.of, whose order changes from one JVM to the next: the seed must repeat a run
        for (var entry : List.of(Map.entry("ADMIN", admin), Map.entry("EDITOR", editor),
                Map.entry("REPORTER", reporter))) {
            callers.put(entry.getKey() + " token", new Caller(entry.getKey() + " token",
                    Map.of("Authorization", "Bearer " + entry.getValue().tokenSecret())));
            callers.put(entry.getKey() + " session", new Caller(entry.getKey() + " session",
                    Map.of("Cookie", "planstatus_session=" + entry.getValue().sessionCookie(),
                            "X-CSRF-Token", entry.getValue().csrfToken())));
        }
        callers.put("unknown token", new Caller("unknown token", Map.of("Authorization", "Bearer pst_unknown")));
        callers.put("EDITOR session without CSRF", new Caller("EDITOR session without CSRF",
                Map.of("Cookie", "planstatus_session=" + editor.sessionCookie())));
        weightedCallers.addAll(callers.keySet());
        // admins and editors twice as often: their requests get past authorization to the validation of the input
        weightedCallers.addAll(List.of("ADMIN token", "ADMIN session", "EDITOR token", "EDITOR session"));
    }

    private long createWebhook() {
        long id = given().header("Authorization", "Bearer " + adminToken).contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:9/fuzz", "secret", "fuzz-secret-0123456789"))
                .post("/api/v1/webhooks").then().statusCode(201).extract().jsonPath().getLong("id");
        createdWebhooks.add("/api/v1/webhooks/" + id);
        return id;
    }

    /** Webhooks would go on receiving every later test's events: remove the ones the run made. */
    @AfterEach
    void removeWebhooks() {
        for (String location : createdWebhooks) {
            given().header("Authorization", "Bearer " + adminToken).delete(location).then()
                    .statusCode(anyOf(is(204), is(404)));
        }
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void shouldAnswerEveryGeneratedRequestAsTheContractSays() throws Exception {
        long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
        int count = Integer.getInteger("fuzz.count", DEFAULT_COUNT);
        System.out.printf("Contract fuzz suite: seed %d, %d requests (repeat with -Dfuzz.seed=%d -Dfuzz.count=%d)%n",
                seed, count, seed, count);
        FuzzContract contract = FuzzContract.read(CONTRACT);
        Random random = new Random(seed);
        FuzzRequests generator = new FuzzRequests(contract, random, this::knownId);

        Map<String, Integer> perOperation = new TreeMap<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        Map<String, List<String>> failures = new TreeMap<>();
        int failed = 0;
        long started = System.nanoTime();
        List<FuzzContract.Operation> operations = contract.operations();
        for (int i = 0; i < count; i++) {
            FuzzContract.Operation operation = operations.get(i % operations.size());
            Sent sent = generate(operation, generator);
            Answer answer = send(sent);
            perOperation.merge(operation.id(), 1, Integer::sum);
            statuses.merge(answer.status(), 1, Integer::sum);
            String problem = judge(sent, answer);
            if (problem != null) {
                failed++;
                List<String> examples = failures.computeIfAbsent(operation.id() + " " + operation.method() + " "
                        + operation.path() + ": " + problem, k -> new ArrayList<>());
                examples.add("#" + i + " " + sent.describe() + "\n    -> " + answer.status() + " "
                        + answer.contentType() + " " + shorten(answer.body(), 300));
            }
            if (answer.status() == 201) {
                rememberCreated(sent, answer);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        StringBuilder summary = new StringBuilder();
        summary.append(String.format("Contract fuzz suite: %d requests in %.1f s (seed %d), %d failed%n", count,
                seconds, seed, failed));
        summary.append("Requests per operation: ").append(perOperation).append('\n');
        summary.append("Statuses: ").append(statuses).append('\n');
        failures.forEach((group, examples) -> {
            summary.append(String.format("FAIL %s (%d requests)%n", group, examples.size()));
            examples.stream().limit(MAX_EXAMPLES).forEach(example -> summary.append("  ").append(example)
                    .append('\n'));
        });
        System.out.println(summary);
        if (failed > 0) {
            fail(failed + " of " + count + " generated requests broke the contract (seed " + seed
                    + "; repeat with -Dfuzz.seed=" + seed + "). Each group names the operation and what was wrong,"
                    + " with the first requests that showed it:\n" + summary);
        }
    }

    /** What is wrong with an answer, or null when it is what the contract allows. */
    private static String judge(Sent sent, Answer answer) {
        int status = answer.status();
        if (status >= 500) {
            return "server error " + status;
        }
        if (status >= 400) {
            String bare = notAProblem(answer);
            if (bare != null) {
                return "error " + status + " " + bare;
            }
        }
        if (sent.refusedId() && status < 400) {
            return "an id its integer schema refuses was answered " + status;
        }
        if (!sent.operation().statuses().contains(status) && !BEFORE_ROUTING.contains(status)) {
            return "status " + status + " not in the contract " + new java.util.TreeSet<>(sent.operation().statuses());
        }
        return null;
    }

    private static String notAProblem(Answer answer) {
        if (answer.contentType() == null || !answer.contentType().startsWith(Problem.MEDIA_TYPE)) {
            return "is not application/problem+json (Content-Type " + answer.contentType() + ")";
        }
        try {
            JsonNode problem = MAPPER.readTree(answer.body());
            if (!problem.path("type").isTextual() || !problem.path("title").isTextual()
                    || problem.path("status").asInt() != answer.status()) {
                return "lacks type, title or the right status";
            }
        } catch (IOException e) {
            return "has a body that is not JSON";
        }
        return null;
    }

    // ---- generation ----

    private Sent generate(FuzzContract.Operation operation, FuzzRequests generator) {
        String callerName = generator.pick(weightedCallers);
        Map<String, String> headers = new LinkedHashMap<>(callers.get(callerName).headers());
        if (operation.id().equals("logout") && callerName.endsWith("session")) {
            // signing out would end the session the rest of the run signs in with
            callerName = "someone else's session";
            headers = new LinkedHashMap<>(Map.of("Cookie", "planstatus_session=" + "s".repeat(43)));
        }

        List<String> kinds = new ArrayList<>(List.of("valid", "valid", "header"));
        if (!operation.in("path").isEmpty()) {
            kinds.addAll(List.of("hostile path parameter", "missing resource", "raw malformed escape"));
        }
        if (!operation.in("query").isEmpty()) {
            kinds.addAll(List.of("hostile query parameter", "hostile query parameter", "unknown query parameter",
                    "raw malformed escape"));
        }
        if (operation.hasBody()) {
            kinds.addAll(List.of("hostile body field", "unstorable text", "missing required field",
                    "extra field", "malformed body", "wrong content type", "oversized body"));
        }
        kinds.addAll(List.of("raw long request line", "raw large header"));
        String kind = generator.chance(0.9) ? generator.pick(kinds.subList(0, kinds.size() - 2))
                : generator.pick(kinds);
        String detail = kind;
        boolean refusedId = false;

        // path
        String path = operation.path();
        for (FuzzContract.Parameter parameter : operation.in("path")) {
            long id = pathId(operation.path(), parameter.name());
            String value = String.valueOf(id);
            if (kind.equals("hostile path parameter") && generator.chance(0.7)) {
                // an empty segment would name another resource (/measures/ is the list), not this operation
                value = FuzzRequests.encode(generator.chance(0.4) ? generator.pick(FuzzRequests.idForms(id))
                        : generator.pick(FuzzRequests.HOSTILE_TEXT.subList(1, FuzzRequests.HOSTILE_TEXT.size())));
                detail = kind + " " + parameter.name();
                refusedId = true;
            } else if (kind.equals("missing resource")) {
                value = String.valueOf(MISSING_ID);
            }
            path = path.replace("{" + parameter.name() + "}", value);
        }

        // query
        List<String> query = new ArrayList<>();
        List<FuzzContract.Parameter> queryParameters = operation.in("query");
        FuzzContract.Parameter spoiled = queryParameters.isEmpty() ? null : generator.pick(queryParameters);
        for (FuzzContract.Parameter parameter : queryParameters) {
            if (operation.id().equals("importPlan") && parameter.name().equals("dryRun")) {
                continue;
            }
            if (kind.equals("hostile query parameter") && parameter == spoiled) {
                JsonNode hostile = operation.method().equals("GET") && generator.chance(0.2)
                        ? JSON.textNode(generator.pick(FuzzRequests.ONE_SPELLED_OTHERWISE))
                        : generator.hostile(parameter.schema(), parameter.name());
                String text = FuzzRequests.text(hostile);
                query.add(parameter.name() + "=" + FuzzRequests.encode(text));
                detail = kind + " " + parameter.name();
                refusedId = generator.isInteger(parameter.schema()) && !text.isEmpty()
                        && Params.canonicalPositive(text) == null;
            } else if (parameter.required() || generator.chance(0.3)) {
                query.add(parameter.name() + "=" + FuzzRequests.encode(FuzzRequests.text(
                        generator.valid(parameter.schema(), parameter.name(), 0))));
            }
        }
        if (operation.id().equals("importPlan")) {
            query.add("dryRun=true");
        }
        if (kind.equals("unknown query parameter")) {
            query.add("fuzz" + generator.pick(List.of("", "Junk", "_x")) + "=" + FuzzRequests.encode(
                    generator.pick(FuzzRequests.HOSTILE_TEXT)));
        }
        boolean raw = kind.startsWith("raw ");
        if (kind.equals("raw malformed escape")) {
            String escape = generator.pick(List.of("%zz", "%", "%4", "%G0", "%%", "%u0041", "a b", "a|b", "{x}"));
            if (!queryParameters.isEmpty() && (operation.in("path").isEmpty() || generator.chance(0.5))) {
                query.add(generator.pick(queryParameters).name() + "=" + escape);
                detail = kind + " " + escape + " in the query";
            } else {
                path = path + escape;
                detail = kind + " " + escape + " in the path";
            }
        }
        if (kind.equals("raw long request line")) {
            query.add("x=" + "a".repeat(5000 + generator.pick(List.of(0, 10_000, 60_000))));
        }
        String target = query.isEmpty() ? path : path + "?" + String.join("&", query);

        // headers
        if (kind.equals("raw large header")) {
            headers.put("X-Fuzz", "h".repeat(25_000));
        }
        if (kind.equals("header")) {
            detail = headerMutation(operation, path, generator, headers);
        } else if (operation.in("header").stream().anyMatch(p -> p.name().equals("If-Match"))) {
            String etag = currentEtag(path);
            if (etag != null) {
                headers.put("If-Match", etag);
            }
        }

        // body
        byte[] body = null;
        if (operation.hasBody()) {
            String contentType = "application/json";
            String text;
            JsonNode value = generator.valid(operation.bodySchema(), "body", 0);
            if (operation.id().equals("login")) {
                // blank credentials fail validation before they are checked, so the run never counts as guessing
                ((com.fasterxml.jackson.databind.node.ObjectNode) value).put("username", "").put("password", "");
            }
            switch (kind) {
                case "hostile body field", "missing required field", "extra field" -> {
                    List<List<String>> fields = FuzzRequests.fieldPaths(value);
                    if (kind.equals("extra field") || fields.isEmpty()) {
                        ((com.fasterxml.jackson.databind.node.ObjectNode) value).put("fuzzExtra", "x");
                        detail = "extra field fuzzExtra";
                    } else {
                        List<String> field = generator.pick(fields);
                        FuzzRequests.replace(value, field, kind.equals("missing required field") ? null
                                : generator.hostile(JSON.objectNode(), field.get(field.size() - 1)));
                        detail = kind + " " + String.join(".", field);
                    }
                    text = FuzzRequests.write(value);
                }
                case "unstorable text" -> {
                    List<List<String>> texts = FuzzRequests.fieldPaths(value).stream()
                            .filter(field -> FuzzRequests.at(value, field).isTextual()).toList();
                    if (texts.isEmpty()) {
                        detail = "unstorable text: no text field";
                    } else {
                        List<String> field = generator.pick(texts);
                        String unstorable = generator.pick(FuzzRequests.UNSTORABLE_TEXT);
                        FuzzRequests.replace(value, field, JSON.textNode(unstorable));
                        detail = kind + " in " + String.join(".", field);
                    }
                    text = FuzzRequests.write(value);
                }
                case "malformed body" -> {
                    String name = generator.pick(new ArrayList<>(FuzzRequests.MALFORMED_BODIES.keySet()));
                    detail = kind + ": " + name;
                    text = FuzzRequests.MALFORMED_BODIES.get(name);
                    if (name.equals("invalid UTF-8")) {
                        body = text.getBytes(StandardCharsets.ISO_8859_1);
                    }
                }
                case "wrong content type" -> {
                    contentType = generator.pick(List.of("text/plain", "application/xml",
                            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "",
                            "application/json; charset=ISO-8859-1", "application/problem+json", "*/*"));
                    detail = kind + " «" + contentType + "»";
                    text = FuzzRequests.write(value);
                }
                case "oversized body" -> {
                    text = "{\"text\":\"" + "z".repeat(300 * 1024) + "\"}";
                    detail = "oversized body (300 KiB)";
                }
                default -> text = FuzzRequests.write(value);
            }
            if (body == null) {
                body = text.getBytes(StandardCharsets.UTF_8);
            }
            if (!contentType.isEmpty()) {
                headers.put("Content-Type", contentType);
            }
        }
        return new Sent(operation, callerName, detail, operation.method(), target, headers, body, raw, refusedId);
    }

    private String headerMutation(FuzzContract.Operation operation, String path, FuzzRequests generator,
            Map<String, String> headers) {
        List<String> choices = new ArrayList<>(List.of("Accept: text/html", "Accept: application/xml",
                "Authorization: Basic", "Authorization: empty", "Bearer garbage", "Cookie garbage"));
        if (operation.method().equals("GET")) {
            choices.addAll(List.of("If-None-Match: *", "If-None-Match: garbage", "If-None-Match: current"));
        } else {
            choices.addAll(List.of("If-Match: *", "If-Match: stale", "If-Match: garbage", "If-Match: missing"));
        }
        String choice = generator.pick(choices);
        switch (choice) {
            case "Accept: text/html" -> headers.put("Accept", "text/html");
            case "Accept: application/xml" -> headers.put("Accept", "application/xml");
            case "Authorization: Basic" -> headers.put("Authorization", "Basic YWRtaW46YWRtaW4=");
            case "Authorization: empty" -> headers.put("Authorization", "");
            case "Bearer garbage" -> headers.put("Authorization", "Bearer " + generator.pick(List.of("", "pst_",
                    "pst_" + "x".repeat(500), "ÆØÅ", "a b c")));
            case "Cookie garbage" -> headers.put("Cookie", "planstatus_session=" + generator.pick(List.of("", ";",
                    "x".repeat(3000), "\"quoted\"")));
            case "If-None-Match: *" -> headers.put("If-None-Match", "*");
            case "If-None-Match: garbage" -> headers.put("If-None-Match", "garbage, W/\"x\"");
            case "If-None-Match: current" -> {
                String etag = currentEtag(path);
                headers.put("If-None-Match", etag == null ? "\"none\"" : etag);
            }
            case "If-Match: *" -> headers.put("If-Match", "*");
            case "If-Match: stale" -> headers.put("If-Match", "\"0\"");
            case "If-Match: garbage" -> headers.put("If-Match", "garbage");
            default -> headers.remove("If-Match");
        }
        return "header " + choice;
    }

    /** The ETag a GET of the path answers with now (as admin), or null. */
    private String currentEtag(String path) {
        if (path.contains("?") || path.contains("%")) {
            return null;
        }
        try {
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(base() + path))
                    .header("Authorization", "Bearer " + adminToken).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200 ? response.headers().firstValue("ETag").orElse(null) : null;
        } catch (IOException | InterruptedException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The suite's own resource a path parameter names, by the collection before it. */
    private long pathId(String pathTemplate, String parameter) {
        if (!parameter.equals("id")) {
            return ownIds.getOrDefault(parameter.substring(0, parameter.length() - 2), MISSING_ID);
        }
        String before = pathTemplate.substring(0, pathTemplate.indexOf("{id}") - 1);
        String collection = before.substring(before.lastIndexOf('/') + 1);
        String singular = switch (collection) {
            case "accounts" -> "account";
            case "action-plans" -> "actionPlan";
            case "strategic-plans" -> "strategicPlan";
            case "parties" -> "party";
            case "responsibilities" -> "responsibility";
            default -> collection.substring(0, collection.length() - 1);
        };
        return ownIds.getOrDefault(singular, MISSING_ID);
    }

    /** A valid id for a body field or query parameter such as goalId or actionPlan, when the suite has one. */
    private JsonNode knownId(String name) {
        String key = name.endsWith("Id") ? name.substring(0, name.length() - 2) : name;
        Long id = ownIds.get(key);
        return id == null ? null : JSON.numberNode(id);
    }

    private void rememberCreated(Sent sent, Answer answer) {
        if (sent.operation().id().equals("createWebhook")) {
            try {
                createdWebhooks.add("/api/v1/webhooks/" + MAPPER.readTree(answer.body()).path("id").asLong());
            } catch (IOException e) {
                // an unreadable 201 body is reported by no check; the webhook stays
            }
        }
    }

    // ---- sending ----

    private Answer send(Sent sent) throws IOException, InterruptedException {
        if (sent.raw()) {
            return sendRaw(sent);
        }
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(base() + sent.target())).timeout(Duration.ofSeconds(20))
                    .method(sent.method(), sent.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(sent.body()));
            sent.headers().forEach(request::header);
        } catch (IllegalArgumentException e) {
            return sendRaw(sent); // a header value java.net.http will not send
        }
        HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                new String(response.body(), StandardCharsets.UTF_8));
    }

    /** Over a plain socket, for requests java.net.http refuses to send (malformed escapes, oversized lines). */
    private Answer sendRaw(Sent sent) throws IOException {
        RawHttp.Response response = RawHttp.send(RestAssured.port, sent.method(), sent.target(), sent.headers(),
                sent.body());
        return new Answer(response.status(), response.header("Content-Type"), response.body());
    }

    private static String base() {
        return "http://localhost:" + RestAssured.port;
    }

    private static String shorten(String text, int max) {
        if (text == null) {
            return "";
        }
        String visible = text.replace("\r", "\\r").replace("\n", "\\n").replace("\u0000", "\\0");
        return visible.length() > max ? visible.substring(0, max) + "… (" + visible.length() + " chars)" : visible;
    }
}
