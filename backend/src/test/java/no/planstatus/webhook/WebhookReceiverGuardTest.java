package no.planstatus.webhook;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import no.planstatus.security.Role;
import no.planstatus.support.ProductDefaults;
import no.planstatus.support.TestAccounts;
import no.planstatus.support.TestPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The receiver guard as production has it: this machine refused (the other test classes allow it). */
@QuarkusTest
@TestProfile(ProductDefaults.class)
class WebhookReceiverGuardTest {

    private static final String SECRET = "a-webhook-secret-of-some-length";

    @Inject
    TestPlans plans;

    @Inject
    WebhookSender sender;

    @ParameterizedTest
    @MethodSource("no.planstatus.webhook.ReceiverAddressTest#forbiddenSpellings")
    void shouldRefuseToRegisterEverySpellingOfAForbiddenAddress(String url, String reason) {
        TestAccounts.Credentials admin = TestAccounts.create(Role.ADMIN, null);
        admin.session().body(Map.of("url", url, "secret", SECRET)).post("/api/v1/webhooks").then()
                .statusCode(400)
                .body("type", equalTo("urn:planstatus:problem:bad-request"))
                .body("violations.field", contains("url"))
                .body("violations[0].message", equalTo(reason));
    }

    @Test
    void shouldRefuseToRegisterANameThatResolvesToThisMachine() {
        TestAccounts.Credentials admin = TestAccounts.create(Role.ADMIN, null);
        admin.session().body(Map.of("url", "http://localhost:8080/hook", "secret", SECRET)).post("/api/v1/webhooks")
                .then()
                .statusCode(400)
                .body("violations.field", contains("url"))
                .body("violations[0].message",
                        startsWith(ReceiverAddress.Forbidden.LOOPBACK.violation + ": localhost peker til "));
    }

    @Test
    void shouldRegisterAReceiverOnAPrivateNetwork() {
        TestAccounts.Credentials admin = TestAccounts.create(Role.ADMIN, null);
        long id = admin.session().body(Map.of("url", "http://10.20.30.40/planstatus", "secret", SECRET))
                .post("/api/v1/webhooks").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        admin.session().delete("/api/v1/webhooks/{id}", id).then().statusCode(204);
    }

    /**
     * A name that pointed elsewhere when it was registered and points at this machine now: stored directly, as
     * registering would refuse it today. Nothing reaches the receiver; the log says why.
     */
    @Test
    void shouldRefuseAtDeliveryTimeANameThatNowResolvesToThisMachine() throws Exception {
        AtomicInteger posts = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            posts.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        TestAccounts.Credentials admin = TestAccounts.create(Role.ADMIN, null);
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        long webhookId = QuarkusTransaction.requiringNew().call(() -> {
            Webhook webhook = new Webhook();
            webhook.url = "http://localhost:" + receiver.getAddress().getPort() + "/hook";
            webhook.secret = SECRET;
            webhook.createdBy = "test";
            webhook.createdAt = Instant.now();
            webhook.persist();
            return webhook.id;
        });
        try {
            long measureId = plans.create(List.of()).measureId(1, 1);
            Map<String, Object> report = new HashMap<>();
            report.put("reportDate", "2031-08-31");
            report.put("periodId", TestPlans.periodOn(measureId, "2031-08-31"));
            report.put("status", "IN_PROGRESS");
            report.put("assessment", "ON_TRACK");
            report.put("text", "Godt i gang");
            editor.session().body(report).post("/api/v1/measures/{id}/reports", measureId).then().statusCode(201);

            int attempts = sender.maxAttempts();
            JsonPath log = awaitFailedAttempts(admin, webhookId, attempts);
            assertEquals("GAVE_UP", log.getString("items[0].state"), "the last attempt is final");
            assertEquals(List.of("FAILED"), log.getList("items.state").subList(1, attempts).stream().distinct()
                    .toList());
            for (int i = 0; i < attempts; i++) {
                assertNull(log.get("items[" + i + "].statusCode"));
                String error = log.getString("items[" + i + "].error");
                assertTrue(error.matches("Ble ikke sendt: localhost peker til (127\\.0\\.0\\.1|0:0:0:0:0:0:0:1), som "
                        + "er Planstatus' egen maskin\\."), error);
            }
            assertEquals(0, posts.get(), "the receiver on this machine was called");
        } finally {
            admin.session().delete("/api/v1/webhooks/{id}", webhookId).then().statusCode(204);
            receiver.stop(0);
        }
    }

    private static JsonPath awaitFailedAttempts(TestAccounts.Credentials admin, long webhookId, int attempts)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        JsonPath log = null;
        while (System.nanoTime() < deadline) {
            log = admin.session().get("/api/v1/webhooks/{id}/deliveries", webhookId).then().statusCode(200)
                    .extract().jsonPath();
            if (log.getList("items").size() >= attempts && !"PENDING".equals(log.getString("items[0].state"))) {
                return log;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The log did not show " + attempts + " attempts: " + log.prettify());
    }
}
