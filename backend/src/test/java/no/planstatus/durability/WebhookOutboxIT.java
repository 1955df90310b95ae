package no.planstatus.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Webhooks on two packaged instances sharing one fresh PostgreSQL database, with real receivers on this machine:
 * <ol>
 * <li>reports written alternately on both instances reach each receiver exactly once (counted by
 * {@code X-Planstatus-Delivery} and by requests), in the order they were written;</li>
 * <li>a receiver that takes a second per request does not hold up a fast one;</li>
 * <li>a retry survives {@code kill -9} of the instance that made the failed attempt and scheduled the retry: the
 * other instance sends it when it is due;</li>
 * <li>an attempt whose instance is killed while it waits for the receiver's answer is sent again, with the same
 * delivery id, by an instance started afterwards, once the claim's lease has run out (at least once).</li>
 * </ol>
 * Runs only for the PostgreSQL jar ({@code -Dquarkus.profile=pg}), like {@link SeveralInstancesIT}.
 */
class WebhookOutboxIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration RETRY_AFTER = Duration.ofSeconds(8);
    private static final Duration SWEEP_EVERY = Duration.ofSeconds(1);
    private static final Duration LEASE = Duration.ofSeconds(5);
    private static final int REPORTS = 16;

    @TempDir
    Path folder;

    private PackagedApp first;
    private PackagedApp second;
    private final List<HttpServer> servers = new ArrayList<>();
    private final ExecutorService receiverThreads = Executors.newCachedThreadPool();

    /** One request as a receiver saw it. */
    record Received(String deliveryId, long reportId, long atNanos, int status) {
    }

    /** A receiver on 127.0.0.1 that answers after {@code delay}, refusing (500) the first try of chosen reports. */
    final class Receiver {
        final List<Received> requests = new CopyOnWriteArrayList<>();
        /** Report texts whose first try is refused. */
        final List<String> refuseFirstTry = new CopyOnWriteArrayList<>();
        /** Report texts whose first try is held unanswered until {@link #release} counts down. */
        final List<String> holdFirstTry = new CopyOnWriteArrayList<>();
        final java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        final HttpServer server;

        Receiver(Duration delay) throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(receiverThreads);
            server.createContext("/hook", exchange -> {
                JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
                try {
                    Thread.sleep(delay.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                long reportId = body.get("report").get("id").asLong();
                String text = body.get("report").get("text").asText();
                if (holdFirstTry.remove(text)) {
                    requests.add(new Received(exchange.getRequestHeaders().getFirst("X-Planstatus-Delivery"),
                            reportId, System.nanoTime(), -1));
                    try {
                        release.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    exchange.close(); // the sender is gone by now
                    return;
                }
                int status = refuseFirstTry.remove(text) ? 500 : 200;
                requests.add(new Received(exchange.getRequestHeaders().getFirst("X-Planstatus-Delivery"), reportId,
                        System.nanoTime(), status));
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            server.start();
            servers.add(server);
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        List<Received> accepted() {
            return requests.stream().filter(r -> r.status() == 200).toList();
        }

        long distinctDeliveries() {
            return requests.stream().map(Received::deliveryId).distinct().count();
        }
    }

    @AfterEach
    void stop() {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
        servers.forEach(server -> server.stop(0));
        receiverThreads.shutdownNow();
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void shouldDeliverEachEventOnceWhicheverInstanceWroteAndRetryAfterTheSchedulingInstanceIsKilled()
            throws Exception {
        Path jar = Path.of(System.getProperty("planstatus.jar", "target/quarkus-app/quarkus-run.jar"));
        assertTrue(Files.isRegularFile(jar), "No packaged app at " + jar + ": run mvn package first");
        String profile = System.getProperty("planstatus.jar.profile", "prod");
        assertEquals("pg", profile, "two instances need a shared database: run with -Dquarkus.profile=pg");
        String adminPassword = "webhooks-" + UUID.randomUUID();

        try (FreshDatabase database = FreshDatabase.forProfile(profile, folder)) {
            Map<String, String> environment = new HashMap<>(database.environment());
            environment.put("PLANSTATUS_ADMIN_PASSWORD", adminPassword);
            environment.put("PLANSTATUS_WEBHOOKS_ALLOW_LOOPBACK", "true");
            environment.put("PLANSTATUS_WEBHOOKS_RETRY_SCHEDULE", RETRY_AFTER.toSeconds() + "s");
            environment.put("PLANSTATUS_WEBHOOKS_SWEEP_EVERY", SWEEP_EVERY.toSeconds() + "s");
            environment.put("PLANSTATUS_WEBHOOKS_CLAIM_LEASE", LEASE.toSeconds() + "s");
            Path firstLog = folder.resolve("first.log");
            Path secondLog = folder.resolve("second.log");
            first = PackagedApp.start(jar, environment, firstLog);
            second = PackagedApp.start(jar, environment, secondLog);
            Map<String, String> admin = signIn(first, adminPassword);
            Map<String, String> editor = Map.of("Authorization", "Bearer " + issueEditorToken(first, admin));
            long measureId = require(first, first.get("/api/v1/measures?limit=1"), 200).body().get("items").get(0)
                    .get("id").asLong();

            Receiver fast = new Receiver(Duration.ZERO);
            Receiver slow = new Receiver(Duration.ofSeconds(1));
            long fastHook = register(first, admin, fast.url());
            register(second, signIn(second, adminPassword), slow.url());

            // (a) and (c): reports written alternately on both instances.
            List<Long> written = new ArrayList<>();
            long started = System.nanoTime();
            for (int i = 0; i < REPORTS; i++) {
                written.add(writeReport(i % 2 == 0 ? first : second, editor, measureId, "rapport " + i));
            }
            long allWritten = System.nanoTime();
            await(Duration.ofSeconds(3), () -> fast.accepted().size() >= REPORTS,
                    () -> "the fast receiver had " + fast.accepted().size() + " of " + REPORTS + " three seconds "
                            + "after the last write, beside a receiver that takes a second per request");
            long fastDone = System.nanoTime();
            int slowAtThatTime = slow.requests.size();
            assertTrue(slowAtThatTime < REPORTS, "the slow receiver was not slow: it had all already");
            await(Duration.ofSeconds(60), () -> slow.accepted().size() >= REPORTS,
                    () -> "the slow receiver had " + slow.accepted().size() + " of " + REPORTS);
            long slowDone = System.nanoTime();
            // Both instances sweep every second: a few sweeps more would show a second delivery.
            Thread.sleep(SWEEP_EVERY.multipliedBy(3).toMillis());
            for (Receiver receiver : List.of(fast, slow)) {
                assertEquals(REPORTS, receiver.requests.size(), "requests in all: " + receiver.requests);
                assertEquals(REPORTS, receiver.distinctDeliveries(), "distinct X-Planstatus-Delivery");
                assertEquals(written, receiver.requests.stream().map(Received::reportId).toList(),
                        "each report once, in the order written");
            }
            System.out.printf("[webhook outbox, %s] %d reports written alternately on two instances in %d ms; each "
                    + "of two receivers got each exactly once (%d requests, %d distinct deliveries); the fast one "
                    + "had all %d ms after the last write while the 1-second one had %d, and all after %d ms%n",
                    database, REPORTS, millis(allWritten - started), fast.requests.size(), fast.distinctDeliveries(),
                    millis(fastDone - allWritten), slowAtThatTime, millis(slowDone - allWritten));

            // (b): the receiver refuses the first try; the instance that made it is killed before the retry is due.
            String refusedText = "avvist første gang";
            fast.refuseFirstTry.add(refusedText);
            long reportId = writeReport(second, editor, measureId, refusedText);
            await(Duration.ofSeconds(10), () -> fast.requests.stream().anyMatch(r -> r.reportId() == reportId),
                    () -> "no first try of report " + reportId);
            Received refused = fast.requests.stream().filter(r -> r.reportId() == reportId).findFirst().orElseThrow();
            assertEquals(500, refused.status());
            String failedLine = "Webhook delivery " + refused.deliveryId() + ", attempt 1 failed";
            await(Duration.ofSeconds(5), () -> logHas(firstLog, failedLine) || logHas(secondLog, failedLine),
                    () -> "neither instance logged the failed attempt");
            boolean firstMadeIt = logHas(firstLog, failedLine);
            PackagedApp scheduler = firstMadeIt ? first : second;
            PackagedApp survivor = firstMadeIt ? second : first;
            long killedAt = System.nanoTime();
            scheduler.kill();
            assertEquals(1, fast.requests.stream().filter(r -> r.reportId() == reportId).count(),
                    "the retry came before the instance was killed; lengthen RETRY_AFTER");
            Duration sinceRefusal = Duration.ofNanos(killedAt - refused.atNanos());
            assertTrue(sinceRefusal.compareTo(RETRY_AFTER) < 0, "killed only " + sinceRefusal + " after the refusal");

            await(RETRY_AFTER.plus(SWEEP_EVERY).plusSeconds(10), () -> fast.accepted().stream()
                            .anyMatch(r -> r.reportId() == reportId),
                    () -> "the retry of report " + reportId + " never came after the instance that scheduled it was "
                            + "killed:\n" + survivor.logTail());
            Received retried = fast.accepted().stream().filter(r -> r.reportId() == reportId).findFirst()
                    .orElseThrow();
            assertEquals(refused.deliveryId(), retried.deliveryId(), "the retry carries the same delivery id");
            Duration retryGap = Duration.ofNanos(retried.atNanos() - refused.atNanos());
            assertTrue(retryGap.compareTo(RETRY_AFTER.minusMillis(500)) >= 0, "retried too early: " + retryGap);
            JsonNode log = require(survivor, survivor.get("/api/v1/webhooks/" + fastHook + "/deliveries",
                    admin), 200).body().get("items");
            JsonNode newest = log.get(0);
            assertEquals(refused.deliveryId(), newest.get("deliveryId").asText());
            assertEquals(2, newest.get("attempt").asInt());
            assertEquals("SUCCEEDED", newest.get("state").asText());
            assertEquals("FAILED", log.get(1).get("state").asText());
            assertEquals("Mottakeren svarte med HTTP-status 500.", log.get(1).get("error").asText());
            Thread.sleep(SWEEP_EVERY.multipliedBy(3).toMillis());
            assertEquals(2, fast.requests.stream().filter(r -> r.reportId() == reportId).count(),
                    "the refused try and one retry");
            System.out.printf("[webhook outbox] the %s instance made the refused attempt and was killed %d ms "
                    + "later; the %s instance sent the retry %d ms after the refusal (due after %d ms)%n",
                    firstMadeIt ? "first" : "second", millis(killedAt - refused.atNanos()),
                    firstMadeIt ? "second" : "first", retryGap.toMillis(), RETRY_AFTER.toMillis());

            // (d): the only instance left is killed while the receiver holds its request; one started afterwards
            // sends the attempt again when the claim's lease has run out.
            String heldText = "holdt til avsenderen er borte";
            fast.holdFirstTry.add(heldText);
            long heldReport = writeReport(survivor, editor, measureId, heldText);
            await(Duration.ofSeconds(10), () -> fast.requests.stream().anyMatch(r -> r.reportId() == heldReport),
                    () -> "no first try of report " + heldReport);
            Received held = fast.requests.stream().filter(r -> r.reportId() == heldReport).findFirst().orElseThrow();
            survivor.kill();
            fast.release.countDown();
            long restarting = System.nanoTime();
            PackagedApp restarted = PackagedApp.start(jar, environment, folder.resolve("restarted.log"));
            if (firstMadeIt) {
                first = restarted;
            } else {
                second = restarted;
            }
            long started2 = System.nanoTime();
            await(LEASE.plus(SWEEP_EVERY).plusSeconds(10), () -> fast.accepted().stream()
                            .anyMatch(r -> r.reportId() == heldReport),
                    () -> "the attempt held when its instance died was not sent again:\n" + restarted.logTail());
            Received resent = fast.accepted().stream().filter(r -> r.reportId() == heldReport).findFirst()
                    .orElseThrow();
            assertEquals(held.deliveryId(), resent.deliveryId(), "sent again with the same delivery id");
            JsonNode heldLog = require(restarted, restarted.get("/api/v1/webhooks/" + fastHook + "/deliveries",
                    admin), 200).body().get("items").get(0);
            assertEquals(held.deliveryId(), heldLog.get("deliveryId").asText());
            assertEquals(1, heldLog.get("attempt").asInt(), "the same attempt, not a retry");
            assertEquals("SUCCEEDED", heldLog.get("state").asText());
            System.out.printf("[webhook outbox] an attempt held by the receiver when its instance was killed was "
                    + "sent again by an instance started afterwards %d ms after the first try (start took %d ms; "
                    + "lease %d ms)%n", millis(resent.atNanos() - held.atNanos()), millis(started2 - restarting),
                    LEASE.toMillis());
        }
    }

    private static boolean logHas(Path log, String text) {
        try {
            return Files.readString(log).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    private static void await(Duration limit, BooleanSupplier condition, java.util.function.Supplier<String> why)
            throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            assertFalse(System.nanoTime() > deadline, why);
            Thread.sleep(20);
        }
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    private long writeReport(PackagedApp app, Map<String, String> editor, long measureId, String text)
            throws IOException {
        Map<String, Object> body = Map.of("periodId", app.periodOn(measureId, "2022-06-30"), "reportDate", "2022-06-30", "status", "IN_PROGRESS",
                "assessment", "ON_TRACK", "text", text);
        return require(app, app.post("/api/v1/measures/" + measureId + "/reports", body, editor), 201).body()
                .get("id").asLong();
    }

    private long register(PackagedApp app, Map<String, String> admin, String url) throws IOException {
        return require(app, app.post("/api/v1/webhooks", Map.of("url", url, "secret",
                "en-hemmelighet-for-tester-" + UUID.randomUUID()), admin), 201).body().get("id").asLong();
    }

    /** An admin session on the app: its cookie and CSRF token as request headers. */
    private static Map<String, String> signIn(PackagedApp app, String adminPassword) throws IOException {
        PackagedApp.Answer login = require(app, app.post("/api/v1/auth/login",
                Map.of("username", "admin", "password", adminPassword), Map.of()), 200);
        String cookie = login.cookies().stream().filter(c -> c.startsWith("planstatus_session="))
                .map(c -> c.split(";", 2)[0]).findFirst().orElseThrow();
        return Map.of("Cookie", cookie, "X-CSRF-Token", login.body().get("csrfToken").asText());
    }

    private static String issueEditorToken(PackagedApp app, Map<String, String> admin) throws IOException {
        return require(app, app.post("/api/v1/tokens", Map.of("name", "webhooks", "role", "EDITOR"), admin), 201)
                .body().get("secret").asText();
    }

    private static PackagedApp.Answer require(PackagedApp app, PackagedApp.Answer answer, int status) {
        assertEquals(status, answer.status(), () -> "unexpected answer " + answer.body() + "\n" + app.logTail());
        return answer;
    }
}
