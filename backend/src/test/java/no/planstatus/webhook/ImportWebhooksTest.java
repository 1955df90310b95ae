package no.planstatus.webhook;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import no.planstatus.report.Assessment;
import no.planstatus.report.ImplementationStatus;
import no.planstatus.security.Role;
import no.planstatus.support.TestAccounts;
import no.planstatus.support.TestPlans;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reports an import writes reach webhooks as editors' reports do; a large import is summarised in one event. */
@QuarkusTest
class ImportWebhooksTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    TestPlans plans;

    private HttpServer receiver;
    private final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
    private TestAccounts.Credentials admin;
    private TestAccounts.Credentials editor;
    private Long webhookId;

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            received.add(JSON.readTree(exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        admin = TestAccounts.create(Role.ADMIN, null);
        editor = TestAccounts.create(Role.EDITOR, null);
    }

    @AfterEach
    void stopReceiver() {
        if (webhookId != null) {
            admin.session().delete("/api/v1/webhooks/{id}", webhookId).then().statusCode(204);
        }
        receiver.stop(0);
    }

    @Test
    void shouldSendEachImportedReportAsAnEditorsReportIsSent() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String document = copyOf(plans.create(reports(2)), suffix);
        register();

        editor.session().body(document).post("/api/v1/import/plan").then().statusCode(200);

        List<JsonNode> posts = awaitPosts(2, suffix);
        for (JsonNode post : posts) {
            assertEquals("report.created", post.get("event").asText());
            assertEquals("T" + suffix + "/1.1", post.at("/measure/reference").asText());
            assertEquals(post.at("/measure/id").asLong(), post.at("/report/measureId").asLong());
            assertEquals("Testforfatter", post.at("/report/author").asText());
        }
        assertEquals(List.of("Rapport 1 " + suffix, "Rapport 2 " + suffix),
                posts.stream().map(post -> post.at("/report/text").asText()).sorted().toList());

        editor.session().body(document.replace("Rapport 1 " + suffix, "Rettet 1 " + suffix))
                .post("/api/v1/import/plan").then().statusCode(200);

        JsonNode correction = awaitPosts(1, suffix).get(0);
        assertEquals("report.corrected", correction.get("event").asText());
        assertEquals("Rettet 1 " + suffix, correction.at("/report/text").asText());
        assertEquals("Test " + editor.username(), correction.at("/report/correctedBy").asText());
    }

    @Test
    void shouldSendOnePlanImportedSummaryInsteadOfAnEventPerReportForALargeImport() throws Exception {
        int many = ReportWebhooks.SUMMARY_ABOVE + 5;
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String document = copyOf(plans.create(reports(many)), suffix);
        register();

        editor.session().body(document).post("/api/v1/import/plan").then().statusCode(200);

        // Every delivery is written in the import's transaction: once it has answered, the log holds them all.
        assertEquals(1, admin.session().get("/api/v1/webhooks/{id}/deliveries", webhookId).then().statusCode(200)
                .extract().jsonPath().getList("items").size());
        JsonNode summary = awaitPosts(1, suffix).get(0);
        assertEquals("plan.imported", summary.get("event").asText());
        assertEquals(many, summary.at("/reports/created").asInt());
        assertEquals(0, summary.at("/reports/corrected").asInt());
        assertEquals(1, summary.get("measures").asInt());
        assertEquals(1, summary.get("actionPlans").size());
        assertEquals("T" + suffix, summary.at("/actionPlans/0/code").asText());
        long actionPlanId = summary.at("/actionPlans/0/id").asLong();
        given().get("/api/v1/action-plans/{id}", actionPlanId).then().statusCode(200);
        assertTrue(summary.hasNonNull("occurredAt"));
    }

    @Test
    void shouldSendAnImportsReportsOneByOneUpToTheThreshold() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String document = copyOf(plans.create(reports(ReportWebhooks.SUMMARY_ABOVE)), suffix);
        register();

        editor.session().body(document).post("/api/v1/import/plan").then().statusCode(200);

        List<JsonNode> posts = awaitPosts(ReportWebhooks.SUMMARY_ABOVE, suffix);
        assertTrue(posts.stream().allMatch(post -> post.get("event").asText().equals("report.created")));
    }

    private void register() {
        webhookId = admin.session().body(Map.of("url", "http://127.0.0.1:" + receiver.getAddress().getPort()
                        + "/hook", "secret", "a-webhook-secret-of-some-length"))
                .post("/api/v1/webhooks").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Reports on the fixture's first measure, each with its own date and text. */
    private static List<no.planstatus.transfer.PlanDocument.Report> reports(int count) {
        List<no.planstatus.transfer.PlanDocument.Report> reports = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            reports.add(TestPlans.report(LocalDate.of(2031, 1, 1).plusDays(i), ImplementationStatus.IN_PROGRESS,
                    Assessment.ON_TRACK, null, "Rapport " + i + " SUFFIX"));
        }
        return reports;
    }

    /** The fixture's export under new codes, so that importing it creates everything again. */
    private static String copyOf(TestPlans.Created fixture, String suffix) {
        String exported = new String(given().queryParam("strategicPlan", fixture.strategicPlanId())
                .get("/api/v1/export/plan").then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        return exported.replace(fixture.suffix(), suffix).replace("SUFFIX", suffix);
    }

    /** The next {@code count} posts about this test's plan; posts about other tests' reports are skipped. */
    private List<JsonNode> awaitPosts(int count, String suffix) throws InterruptedException {
        List<JsonNode> posts = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (posts.size() < count && System.nanoTime() < deadline) {
            JsonNode post = received.poll(200, TimeUnit.MILLISECONDS);
            if (post != null && post.toString().contains(suffix)) {
                posts.add(post);
            }
        }
        assertEquals(count, posts.size(), "posts received: " + posts);
        return posts;
    }
}
