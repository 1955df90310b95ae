package no.planstatus.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import no.planstatus.support.ClientAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two packaged instances on one fresh PostgreSQL database with Debian's nginx in front (deploy/nginx.conf, as
 * docker-compose.yml runs it; see {@link ReverseProxy}): what one writes, the other shows within a second, in the
 * body and in the ETag (no 304 to the old tag), directly and through the proxy; failed sign-ins on one slow the same
 * username and address down on the other, and through the proxy the throttle counts each real client address
 * (X-Forwarded-For from nginx, which the instances trust as their only proxy) across both instances. Runs only
 * for the PostgreSQL jar ({@code -Dquarkus.profile=pg}): an H2 file database belongs to one process, so the pom
 * leaves this test out of the H2 run. A machine without nginx fails the test; it is never skipped.
 */
class SeveralInstancesIT {

    /** What the README promises: another instance's write is seen within a second. */
    private static final Duration SEEN_WITHIN = Duration.ofSeconds(1);
    private static final String LIST = "/api/v1/measures?limit=5";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private PackagedApp first;
    private PackagedApp second;
    private ReverseProxy proxy;

    @AfterEach
    void stopApps() {
        if (proxy != null) {
            proxy.close();
        }
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void shouldShowEachInstancesWritesOnTheOtherWithinASecondAndShareTheSignInThrottle() throws Exception {
        Path jar = Path.of(System.getProperty("planstatus.jar", "target/quarkus-app/quarkus-run.jar"));
        assertTrue(Files.isRegularFile(jar), "No packaged app at " + jar + ": run mvn package first");
        String profile = System.getProperty("planstatus.jar.profile", "prod");
        assertEquals("pg", profile, "two instances need a shared database: run with -Dquarkus.profile=pg");
        ReverseProxy.requireNginx();
        String adminPassword = "to-instanser-" + UUID.randomUUID();

        try (FreshDatabase database = FreshDatabase.forProfile(profile, folder)) {
            Map<String, String> environment = new HashMap<>(database.environment());
            environment.put("PLANSTATUS_ADMIN_PASSWORD", adminPassword);
            // nginx connects to the instances from here; nobody else's forwarded headers are believed.
            environment.put("PLANSTATUS_TRUSTED_PROXIES", "127.0.0.1");
            // The first creates the schema and the default plan; the second starts on what it finds.
            first = PackagedApp.start(jar, environment, folder.resolve("first.log"));
            second = PackagedApp.start(jar, environment, folder.resolve("second.log"));
            Map<String, String> editor = Map.of("Authorization", "Bearer " + issueEditorToken(adminPassword));

            JsonNode measure = require(first, first.get(LIST), 200).body().get("items").get(0);
            long measureId = measure.get("id").asLong();
            Duration firstToSecond = writeAndAwaitOnOther(first, second, editor, measureId, "endret på første");
            Duration secondToFirst = writeAndAwaitOnOther(second, first, editor, measureId, "endret på andre");
            System.out.println("[several instances, " + database + "] a measure update on one instance was seen on "
                    + "the other after " + firstToSecond.toMillis() + " ms (first to second) and "
                    + secondToFirst.toMillis() + " ms (second to first)");

            shouldDelayOnTheSecondWhatFailedOnTheFirst();

            proxy = ReverseProxy.start(List.of(first, second), folder);
            Duration throughProxy = writeThroughProxyAndAwaitOnBoth(editor, measureId);
            System.out.println("[several instances, nginx in front] after a measure update sent through nginx, both "
                    + "instances answered the old ETag with the new text in requests sent by " + throughProxy.toMillis()
                    + " ms after the write");
            shouldCountEachClientBehindTheProxyAcrossBothInstances();
        }
    }

    /**
     * Through nginx, which hands requests to the two instances in turn: after a write, two answers in a row (one from
     * each instance) to a revalidation with the old ETag carry the new text and a new ETag, both asked for within a
     * second of the write.
     */
    private Duration writeThroughProxyAndAwaitOnBoth(Map<String, String> editor, long measureId)
            throws IOException, InterruptedException {
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            tags.add(require(viaProxy(ClientAddress.fresh()).get(LIST), 200).header("ETag"));
        }
        String oldTag = tags.get(0);
        assertNotNull(oldTag, "a public list has an ETag through the proxy");
        assertEquals(List.of(oldTag, oldTag, oldTag, oldTag), tags, "both instances give the same ETag");
        for (int i = 0; i < 2; i++) {
            assertEquals(304, viaProxy(ClientAddress.fresh()).header("If-None-Match", oldTag).get(LIST)
                    .statusCode(), "nothing changed yet");
        }

        Response current = require(viaProxy(ClientAddress.fresh()).get("/api/v1/measures/" + measureId), 200);
        String text = "Tiltak endret bak nginx " + UUID.randomUUID().toString().substring(0, 8);
        require(viaProxy(ClientAddress.fresh()).headers(editor).header("If-Match", current.header("ETag"))
                .contentType(ContentType.JSON)
                .body(Map.of("goalId", current.jsonPath().getLong("goal.id"), "text", text, "responsibilityText",
                        current.jsonPath().getString("responsibilityText"), "position",
                        current.jsonPath().getInt("position")))
                .put("/api/v1/measures/" + measureId), 200);
        long written = System.nanoTime();

        // One kept-alive connection to nginx for the polling, so that the time measured is the instances', not
        // a new client's; nginx still hands each request to the next instance.
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest revalidate = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + proxy.port() + LIST))
                .header("If-None-Match", oldTag).header("Accept", "application/json").timeout(Duration.ofSeconds(10))
                .build();
        long deadline = written + SEEN_WITHIN.toNanos();
        int freshInARow = 0;
        while (true) {
            long sent = System.nanoTime();
            HttpResponse<String> revalidated = http.send(revalidate, HttpResponse.BodyHandlers.ofString());
            int status = revalidated.statusCode();
            assertTrue(status == 304 || status == 200, () -> "unexpected answer " + status + " "
                    + revalidated.body() + "\n" + proxy.logTail());
            boolean fresh = status == 200 && text.equals(textOf(JSON.readTree(revalidated.body()),
                    measureId));
            if (fresh) {
                assertNotEquals(oldTag, revalidated.headers().firstValue("ETag").orElse(null),
                        "the new answer has a new ETag");
            }
            freshInARow = fresh ? freshInARow + 1 : 0;
            assertTrue(sent < deadline, () -> "through nginx, an instance still answered " + status
                    + " with the old text " + SEEN_WITHIN.toMillis() + " ms after the write:\n" + first.logTail()
                    + "\n" + second.logTail());
            if (freshInARow == 2) {
                return Duration.ofNanos(sent - written);
            }
        }
    }

    /**
     * Through nginx, from distinct client addresses: five failures from one client (spread over both instances)
     * hold its sixth attempt back on whichever instance gets it, while another client behind the same proxy is
     * not held back, so the instances count the forwarded address and not nginx's. A client that sends its own
     * X-Forwarded-For cannot dodge the count: nginx replaces it with the address it sees.
     */
    private void shouldCountEachClientBehindTheProxyAcrossBothInstances() {
        String username = "bak-nginx-" + UUID.randomUUID().toString().substring(0, 8);
        String guesser = ClientAddress.fresh();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, login(viaProxy(guesser), username).statusCode(),
                    "attempt " + attempt + " through nginx fails as a wrong password");
        }
        for (int attempt = 6; attempt <= 7; attempt++) {
            Response held = login(viaProxy(guesser), username);
            assertEquals(429, held.statusCode(), () -> "both instances must hold the guesser back: " + held.asString());
        }
        assertEquals(401, login(viaProxy(ClientAddress.fresh()), username).statusCode(),
                "another client behind the same proxy is not held back");

        String forger = ClientAddress.fresh();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, login(viaProxy(forger).header("X-Forwarded-For", ClientAddress.fresh()), username)
                    .statusCode(), "attempt " + attempt + " with a forged X-Forwarded-For");
        }
        Response forged = login(viaProxy(forger).header("X-Forwarded-For", ClientAddress.fresh()), username);
        assertEquals(429, forged.statusCode(),
                () -> "a forged X-Forwarded-For let the client past the throttle: " + forged.asString());
    }

    /** A request to nginx, sent from {@code client} (a loopback address of its own). */
    private RequestSpecification viaProxy(String client) {
        return ClientAddress.from(client).port(proxy.port()).accept("application/json, application/problem+json");
    }

    private static Response login(RequestSpecification request, String username) {
        return request.contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", "feil-passord-" + UUID.randomUUID()))
                .post("/api/v1/auth/login");
    }

    private Response require(Response response, int status) {
        assertEquals(status, response.statusCode(), () -> "unexpected answer through nginx " + response.asString()
                + "\n" + proxy.logTail());
        return response;
    }


    /**
     * Updates the measure's text on {@code writer} and polls {@code reader}'s list (kept in its response cache and
     * revalidated with its old ETag) until it shows the new text; returns how long that took.
     */
    private Duration writeAndAwaitOnOther(PackagedApp writer, PackagedApp reader, Map<String, String> editor,
            long measureId, String label) throws IOException {
        // Twice, so that the reader's answer comes from its response cache.
        require(reader, reader.get(LIST), 200);
        PackagedApp.Answer before = require(reader, reader.get(LIST), 200);
        String oldTag = before.etag();
        assertNotNull(oldTag, "a public list has an ETag");
        assertEquals(304, reader.get(LIST, Map.of("If-None-Match", oldTag)).status(), "nothing changed yet");

        PackagedApp.Answer current = require(writer, writer.get("/api/v1/measures/" + measureId), 200);
        String text = "Tiltak " + label + " " + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> headers = new HashMap<>(editor);
        headers.put("If-Match", current.etag());
        require(writer, writer.put("/api/v1/measures/" + measureId, Map.of("goalId",
                current.body().get("goal").get("id").asLong(), "text", text, "responsibilityText",
                current.body().get("responsibilityText").asText(), "position",
                current.body().get("position").asInt()), headers), 200);
        long written = System.nanoTime();

        // The writer sees its own write at once.
        assertEquals(text, textOf(require(writer, writer.get(LIST), 200).body(), measureId),
                "the instance that wrote shows its write in its next answer");

        long deadline = written + SEEN_WITHIN.toNanos();
        while (true) {
            PackagedApp.Answer revalidated = reader.get(LIST, Map.of("If-None-Match", oldTag));
            long now = System.nanoTime();
            if (revalidated.status() == 200 && text.equals(textOf(revalidated.body(), measureId))) {
                assertNotEquals(oldTag, revalidated.etag(), "the new answer has a new ETag");
                return Duration.ofNanos(now - written);
            }
            assertTrue(revalidated.status() == 304 || revalidated.status() == 200,
                    () -> "unexpected answer " + revalidated.status() + " " + revalidated.body());
            assertTrue(now < deadline, () -> "the other instance still answered " + revalidated.status()
                    + " with the old text " + SEEN_WITHIN.toMillis() + " ms after the write:\n" + reader.logTail());
        }
    }

    /**
     * The pair limit (username and address) allows five failures; the sixth attempt waits. Five fail on the first
     * instance, and the second then holds the same username and address back: the counters are shared.
     */
    private void shouldDelayOnTheSecondWhatFailedOnTheFirst() throws IOException {
        String username = "gjetting-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> wrong = Map.of("username", username, "password", "feil-passord-" + UUID.randomUUID());
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, first.post("/api/v1/auth/login", wrong, Map.of()).status(),
                    "attempt " + attempt + " fails as a wrong password");
        }
        PackagedApp.Answer held = second.post("/api/v1/auth/login", wrong, Map.of());
        assertEquals(429, held.status(), () -> "the second instance let the sixth attempt through: " + held.body());
        String other = "annen-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(401, second.post("/api/v1/auth/login", Map.of("username", other, "password", "feil"),
                Map.of()).status(), "another username from the same address is not held back");
    }

    private static String textOf(JsonNode list, long measureId) {
        for (JsonNode item : list.get("items")) {
            if (item.get("id").asLong() == measureId) {
                return item.get("text").asText();
            }
        }
        throw new AssertionError("measure " + measureId + " is not in " + list);
    }

    /** Signs in as the first admin on the first instance and issues an editor token. */
    private String issueEditorToken(String adminPassword) throws IOException {
        PackagedApp.Answer login = require(first, first.post("/api/v1/auth/login",
                Map.of("username", "admin", "password", adminPassword), Map.of()), 200);
        String cookie = login.cookies().stream().filter(c -> c.startsWith("planstatus_session="))
                .map(c -> c.split(";", 2)[0]).findFirst().orElseThrow();
        PackagedApp.Answer token = require(first, first.post("/api/v1/tokens", Map.of("name", "to-instanser",
                "role", "EDITOR"), Map.of("Cookie", cookie, "X-CSRF-Token", login.body().get("csrfToken").asText())),
                201);
        return token.body().get("secret").asText();
    }

    private static PackagedApp.Answer require(PackagedApp app, PackagedApp.Answer answer, int status) {
        assertEquals(status, answer.status(), () -> "unexpected answer " + answer.body() + "\n" + app.logTail());
        return answer;
    }
}
