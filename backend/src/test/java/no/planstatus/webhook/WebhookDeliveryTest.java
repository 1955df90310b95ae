package no.planstatus.webhook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import no.planstatus.security.Role;
import no.planstatus.support.TestAccounts;
import no.planstatus.support.TestPlans;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WebhookDeliveryTest {

    private static final String SECRET = "a-webhook-secret-of-some-length";

    @Inject
    TestPlans plans;

    private HttpServer receiver;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private TestAccounts.Credentials admin;
    private TestAccounts.Credentials editor;
    private Long webhookId;

    record Received(Map<String, String> headers, byte[] body) {
    }

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, String> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
            received.add(new Received(headers, body));
            int status = failuresLeft.getAndDecrement() > 0 ? 500 : 200;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
        admin = TestAccounts.create(Role.ADMIN, null);
        editor = TestAccounts.create(Role.EDITOR, null);
    }

    @AfterEach
    void stopReceiver() {
        if (webhookId != null) {
            deleteWebhook(webhookId);
        }
        receiver.stop(0);
    }

    /**
     * Deletes a webhook. The sender may be holding the webhook's row while it tries a dead or slow receiver: a busy
     * answer (503) says to try again, which is what a client does.
     */
    private void deleteWebhook(long id) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        int status;
        do {
            status = admin.session().delete("/api/v1/webhooks/{id}", id).statusCode();
        } while (status == 503 && System.nanoTime() < deadline);
        assertEquals(204, status);
    }

    @Test
    void shouldPostASignedReportWhenAReportIsCreated() throws Exception {
        register();
        long measureId = plans.create(List.of()).measureId(1, 1);

        long reportId = writeReport(measureId);

        Received post = awaitPostFor(reportId);
        assertEquals("report.created", post.headers().get("x-planstatus-event"));
        assertNotNull(post.headers().get("x-planstatus-delivery"));
        assertSignedJustNow(post);
        JsonNode json = new ObjectMapper().readTree(post.body());
        assertEquals("report.created", json.get("event").asText());
        assertEquals(measureId, json.get("measure").get("id").asLong());
        assertTrue(json.get("measure").get("reference").asText().endsWith("/1.1"));
        assertEquals(admin.session().get("/api/v1/measures/{id}", measureId).then().statusCode(200).extract()
                .jsonPath().getString("text"), json.get("measure").get("text").asText(), "the event names its measure");
        assertEquals("Godt i gang", json.get("report").get("text").asText());
        assertNotNull(json.get("occurredAt"));
    }

    @Test
    void shouldRetryAFailingReceiverAndLogEveryAttempt() throws Exception {
        failuresLeft.set(2);
        register();
        long measureId = plans.create(List.of()).measureId(1, 1);

        long reportId = writeReport(measureId);

        awaitPostFor(reportId);
        awaitPostFor(reportId);
        Received third = awaitPostFor(reportId);
        assertSignedJustNow(third);
        JsonPath log = awaitLog(3);
        assertEquals(List.of(3, 2, 1), log.getList("items.attempt"));
        assertEquals(List.of("SUCCEEDED", "FAILED", "FAILED"), log.getList("items.state"));
        assertEquals(List.of(200, 500, 500), log.getList("items.statusCode"));
        assertEquals(Arrays.asList(null, "Mottakeren svarte med HTTP-status 500.",
                "Mottakeren svarte med HTTP-status 500."), log.getList("items.error"));
        assertEquals(1, log.getList("items.deliveryId").stream().distinct().count());
        assertNotNull(log.get("items[1].nextRetryAt"));
        assertEquals("report.created", log.getString("items[0].event"));
        admin.session().get("/api/v1/webhooks").then().statusCode(200)
                .body("items.find { it.id == " + webhookId + " }.lastDelivery.attempt", equalTo(3))
                .body("items.find { it.id == " + webhookId + " }.lastDelivery.state", equalTo("SUCCEEDED"));
    }

    @Test
    void shouldGiveUpAfterTheLastRetryAndSendAgainWhenAnAdminAsks() throws Exception {
        failuresLeft.set(1000);
        register();
        long measureId = plans.create(List.of()).measureId(1, 1);
        long reportId = writeReport(measureId);

        // The tests' schedule has five retries of 20 ms: six attempts, the last of them final.
        JsonPath log = awaitLog(6, "GAVE_UP");
        assertEquals(List.of(6, 5, 4, 3, 2, 1), log.getList("items.attempt"));
        assertEquals(List.of("GAVE_UP", "FAILED", "FAILED", "FAILED", "FAILED", "FAILED"), log.getList("items.state"));
        assertEquals(List.of(true, false, false, false, false, false), log.getList("items.resendable"));
        assertNull(log.get("items[0].nextRetryAt"), "nothing follows the final attempt");
        assertEquals("Mottakeren svarte med HTTP-status 500.", log.getString("items[0].error"));
        long finalAttempt = log.getLong("items[0].id");
        long retriedAttempt = log.getLong("items[1].id");
        Thread.sleep(300); // long enough for a (wrong) seventh automatic attempt at the tests' 20 ms schedule
        assertEquals(6, received.stream().filter(r -> reportIdOf(r) == reportId).count());

        // Only a final failure may be sent again, by an admin, with CSRF.
        admin.session().post("/api/v1/webhooks/{id}/deliveries/{deliveryId}/resend", webhookId, retriedAttempt)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:planstatus:problem:conflict"))
                .body("detail", equalTo("Bare en levering som har mislyktes, kan sendes på nytt; denne er feilet og "
                        + "blir forsøkt igjen."));
        editor.session().post("/api/v1/webhooks/{id}/deliveries/{deliveryId}/resend", webhookId, finalAttempt)
                .then().statusCode(403);
        admin.sessionWithoutCsrf().post("/api/v1/webhooks/{id}/deliveries/{deliveryId}/resend", webhookId,
                finalAttempt).then().statusCode(403).body("type", equalTo("urn:planstatus:problem:csrf-rejected"));
        admin.session().post("/api/v1/webhooks/{id}/deliveries/{deliveryId}/resend", webhookId, 999_999_999L)
                .then().statusCode(404).contentType("application/problem+json");

        received.clear();
        failuresLeft.set(0);
        admin.session().post("/api/v1/webhooks/{id}/deliveries/{deliveryId}/resend", webhookId, finalAttempt)
                .then().statusCode(202)
                .body("attempt", equalTo(7))
                .body("state", equalTo("PENDING"))
                .body("deliveryId", equalTo(log.getString("items[0].deliveryId")));

        Received again = awaitPostFor(reportId);
        assertSignedJustNow(again);
        assertEquals(log.getString("items[0].deliveryId"), again.headers().get("x-planstatus-delivery"));
        JsonPath after = awaitLog(7, "SUCCEEDED");
        assertEquals(List.of("SUCCEEDED", "GAVE_UP"), after.getList("items.state").subList(0, 2));
        assertEquals(List.of(false, false), after.getList("items.resendable").subList(0, 2));
        admin.session().post("/api/v1/webhooks/{id}/deliveries/{deliveryId}/resend", webhookId, finalAttempt)
                .then().statusCode(409)
                .body("detail", equalTo("Leveringen er allerede sendt på nytt; se det nyeste forsøket."));
    }

    /**
     * Each webhook gets its deliveries one at a time and in order, but webhooks do not wait for each other: a
     * receiver that takes a second per request does not delay a fast one.
     */
    @Test
    void shouldNotLetASlowReceiverDelayAFastOne() throws Exception {
        BlockingQueue<Long> slowReceived = new LinkedBlockingQueue<>();
        HttpServer slow = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        slow.createContext("/slow", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            slowReceived.add(new ObjectMapper().readTree(body).get("report").get("id").asLong());
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        slow.start();
        Long slowId = null;
        try {
            slowId = admin.session().body(Map.of("url", "http://127.0.0.1:" + slow.getAddress().getPort() + "/slow",
                    "secret", SECRET)).post("/api/v1/webhooks").then().statusCode(201).extract().jsonPath()
                    .getLong("id");
            register();
            long measureId = plans.create(List.of()).measureId(1, 1);

            long started = System.nanoTime();
            List<Long> written = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                written.add(writeReport(measureId));
            }
            long allWritten = System.nanoTime();
            List<Long> fast = new java.util.ArrayList<>();
            for (Long ignored : written) {
                fast.add(reportIdOf(awaitPostFor(written)));
            }
            long fastDone = System.nanoTime();
            int slowSoFar = slowReceived.size();
            System.out.printf("[webhooks] 16 reports written in %d ms; the fast receiver had all 16 %d ms after the "
                    + "last write, while the 1-second receiver had %d%n", (allWritten - started) / 1_000_000,
                    (fastDone - allWritten) / 1_000_000, slowSoFar);
            assertEquals(written, fast, "the fast receiver got each report once, in the order they were written");
            assertTrue(fastDone - allWritten < TimeUnit.SECONDS.toNanos(3),
                    "the fast receiver waited " + (fastDone - allWritten) / 1_000_000 + " ms after the last write");
            assertTrue(slowSoFar < 16, "the slow receiver was not slow");
            // The slow one gets its share too, one at a time and in order.
            List<Long> slowGot = new java.util.ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
            while (slowGot.size() < 16 && System.nanoTime() < deadline) {
                Long id = slowReceived.poll(200, TimeUnit.MILLISECONDS);
                if (id != null && written.contains(id)) {
                    slowGot.add(id);
                }
            }
            System.out.printf("[webhooks] the 1-second receiver had all 16 %d ms after the last write%n",
                    (System.nanoTime() - allWritten) / 1_000_000);
            assertEquals(written, slowGot);
        } finally {
            if (slowId != null) {
                deleteWebhook(slowId);
            }
            slow.stop(0);
        }
    }

    @Test
    void shouldSignTheTimestampTogetherWithTheBodySoAReplayCanBeRefused() throws Exception {
        register();
        long measureId = plans.create(List.of()).measureId(1, 1);

        Received post = awaitPostFor(writeReport(measureId));

        String timestamp = post.headers().get("x-planstatus-timestamp");
        assertNotNull(timestamp, "no X-Planstatus-Timestamp header");
        String signature = post.headers().get("x-planstatus-signature");
        assertEquals("t=" + timestamp + ",v1=" + hmac((timestamp + ".").getBytes(StandardCharsets.US_ASCII),
                post.body()), signature);
        assertFalse(signature.contains(hmac(new byte[0], post.body())), "the body alone is signed");
        assertTrue(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) <= 60,
                "the timestamp " + timestamp + " is not the time of sending");
        assertTrue(verifiesAsTheIntegrationGuideShows(signature, post.body(), Instant.now().getEpochSecond()));
        assertFalse(verifiesAsTheIntegrationGuideShows(signature, post.body(),
                Instant.now().plusSeconds(301).getEpochSecond()), "a replay after the tolerance verifies");
    }

    @Test
    void shouldLogWhyADeliveryFailedInASentence() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        register("http://127.0.0.1:" + closedPort + "/hook");
        long measureId = plans.create(List.of()).measureId(1, 1);

        writeReport(measureId);

        JsonPath log = awaitFirstAttempt();
        int first = log.getList("items").size() - 1;
        assertEquals("FAILED", log.getString("items[" + first + "].state"));
        assertNull(log.get("items[" + first + "].statusCode"));
        assertEquals("127.0.0.1 tok ikke imot tilkoblingen på port " + closedPort + ".",
                log.getString("items[" + first + "].error"));
    }

    @Test
    void shouldNeverReturnTheSecret() {
        register();
        admin.session().get("/api/v1/webhooks/{id}", webhookId).then().statusCode(200)
                .body("$", not(hasKey("secret")))
                .body("lastDelivery", nullValue());
        admin.session().get("/api/v1/webhooks").then().statusCode(200)
                .body("items.find { it.id == " + webhookId + " }", not(hasKey("secret")))
                .body("items.find { it.id == " + webhookId + " }.description", equalTo("test"));
    }

    @Test
    void shouldRejectAWebhookWithoutAnHttpUrlOrWithAShortSecret() {
        admin.session().body(Map.of("url", "ftp://example.no/hook", "secret", "short")).post("/api/v1/webhooks")
                .then().statusCode(400)
                .body("type", equalTo("urn:planstatus:problem:bad-request"))
                .body("violations.field", containsInAnyOrder("secret", "url"));
    }

    @Test
    void shouldLetOnlyAdminsManageWebhooks() {
        Map<String, String> body = Map.of("url", "https://example.no/hook", "secret", SECRET);
        editor.session().body(body).post("/api/v1/webhooks").then().statusCode(403)
                .body("type", equalTo("urn:planstatus:problem:forbidden"));
        editor.session().get("/api/v1/webhooks").then().statusCode(403);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/webhooks").then().statusCode(401)
                .body("type", equalTo("urn:planstatus:problem:unauthorized"));
        given().get("/api/v1/webhooks").then().statusCode(401);
    }

    private void register() {
        register("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
    }

    private void register(String url) {
        webhookId = admin.session().body(Map.of("url", url, "secret", SECRET, "description", "test"))
                .post("/api/v1/webhooks").then().log().ifValidationFails().statusCode(201)
                .body("url", equalTo(url))
                .body("$", not(hasKey("secret")))
                .extract().jsonPath().getLong("id");
    }

    private long writeReport(long measureId) {
        Map<String, Object> body = new HashMap<>();
        body.put("reportDate", "2031-08-31");
        body.put("periodId", TestPlans.periodOn(measureId, "2031-08-31"));
        body.put("status", "IN_PROGRESS");
        body.put("assessment", "ON_TRACK");
        body.put("text", "Godt i gang");
        return editor.session().body(body).post("/api/v1/measures/{id}/reports", measureId).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** Other tests write reports too; skip posts about other reports. */
    private Received awaitPostFor(long reportId) throws Exception {
        return awaitPostFor(List.of(reportId));
    }

    private Received awaitPostFor(List<Long> reportIds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            Received post = received.poll(200, TimeUnit.MILLISECONDS);
            if (post != null && reportIds.contains(reportIdOf(post))) {
                return post;
            }
        }
        throw new AssertionError("The receiver got no POST for reports " + reportIds);
    }

    private static long reportIdOf(Received post) {
        try {
            return new ObjectMapper().readTree(post.body()).get("report").get("id").asLong();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private JsonPath awaitLog(int attempts) throws InterruptedException {
        return awaitLog(attempts, "SUCCEEDED");
    }

    private JsonPath awaitLog(int attempts, String newestState) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        JsonPath log = null;
        while (System.nanoTime() < deadline) {
            log = admin.session().get("/api/v1/webhooks/{id}/deliveries", webhookId).then().statusCode(200)
                    .extract().jsonPath();
            if (log.getList("items").size() >= attempts && newestState.equals(log.getString("items[0].state"))) {
                return log;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("Delivery log did not show " + attempts + " attempts: " + log.prettify());
    }

    private JsonPath awaitFirstAttempt() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        JsonPath log = null;
        while (System.nanoTime() < deadline) {
            log = admin.session().get("/api/v1/webhooks/{id}/deliveries", webhookId).then().statusCode(200)
                    .extract().jsonPath();
            List<String> states = log.getList("items.state");
            if (!states.isEmpty() && !"PENDING".equals(states.get(states.size() - 1))) {
                return log;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The first attempt was not made: " + log.prettify());
    }

    private static void assertSignedJustNow(Received post) throws Exception {
        String timestamp = post.headers().get("x-planstatus-timestamp");
        assertNotNull(timestamp, "no X-Planstatus-Timestamp header");
        assertEquals("t=" + timestamp + ",v1=" + hmac((timestamp + ".").getBytes(StandardCharsets.US_ASCII),
                post.body()), post.headers().get("x-planstatus-signature"));
    }

    /** The receiver's check from docs/integration.md: the signature over "<t>.<body>", t at most 5 minutes off. */
    private static boolean verifiesAsTheIntegrationGuideShows(String header, byte[] body, long now) throws Exception {
        Map<String, String> parts = new HashMap<>();
        for (String part : header.split(",")) {
            String[] pair = part.split("=", 2);
            parts.put(pair[0].trim(), pair.length == 2 ? pair[1] : "");
        }
        long timestamp = Long.parseLong(parts.get("t"));
        String expected = hmac((timestamp + ".").getBytes(StandardCharsets.US_ASCII), body);
        return Math.abs(now - timestamp) <= 300 && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), parts.get("v1").getBytes(StandardCharsets.US_ASCII));
    }

    private static String hmac(byte[] prefix, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update(prefix);
        StringBuilder hex = new StringBuilder();
        for (byte b : mac.doFinal(body)) {
            hex.append(String.format("%02x", b));
        }
        return hex.toString();
    }
}
