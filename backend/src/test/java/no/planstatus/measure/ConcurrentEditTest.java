package no.planstatus.measure;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.planstatus.audit.AuditEvent;
import no.planstatus.security.Role;
import no.planstatus.support.TestAccounts;
import no.planstatus.support.TestPlans;
import org.junit.jupiter.api.Test;

/**
 * 20 clients each read and update the same measure 25 times. Every accepted write must be in the audit trail in
 * order, every rejected one must be a 412, and the measure must end as the last accepted write left it.
 */
@QuarkusTest
class ConcurrentEditTest {

    private static final int CLIENTS = 20;
    private static final int ROUNDS = 25;

    @Inject
    TestPlans plans;

    @Test
    void shouldNeverLoseAnAcceptedWriteUnderConcurrentEdits() throws Exception {
        TestPlans.Created plan = plans.create(List.of());
        long measureId = plan.measureId(1, 1);
        long goalId = given().get("/api/v1/measures/{id}", measureId).then().extract().jsonPath().getLong("goal.id");
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);

        Map<Integer, Integer> statuses = Collections.synchronizedMap(new TreeMap<>());
        List<String> accepted = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.add(pool.submit(() -> {
                    for (int round = 0; round < ROUNDS; round++) {
                        String etag = editor.bearer().get("/api/v1/measures/{id}", measureId).header("ETag");
                        String text = "klient " + client + " runde " + round;
                        Response put = editor.bearer().header("If-Match", etag)
                                .body(Map.of("goalId", goalId, "text", text, "responsibilityText", "Leder",
                                        "position", 1))
                                .put("/api/v1/measures/{id}", measureId);
                        statuses.merge(put.statusCode(), 1, Integer::sum);
                        if (put.statusCode() == 200) {
                            accepted.add(text);
                        } else {
                            assertEquals("application/problem+json", put.contentType().split(";")[0]);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : clients) {
                client.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(CLIENTS * ROUNDS, statuses.values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(statuses.keySet().stream().allMatch(s -> s == 200 || s == 412), "only 200 and 412: " + statuses);
        assertTrue(accepted.size() >= 1, "some writes must be accepted");

        List<AuditEvent> updates = QuarkusTransaction.requiringNew().call(() ->
                AuditEvent.<AuditEvent>list("entityType = 'measure' and entityId = ?1 and action = ?2 order by id",
                        measureId, AuditEvent.Action.UPDATE));
        ObjectMapper json = new ObjectMapper();
        List<String> audited = new ArrayList<>();
        long previousVersion = -1;
        for (AuditEvent event : updates) {
            JsonNode before = json.readTree(event.beforeJson);
            JsonNode after = json.readTree(event.afterJson);
            audited.add(after.get("text").asText());
            assertEquals(before.get("version").asLong() + 1, after.get("version").asLong(),
                    "each accepted write moves the version by exactly one");
            assertTrue(before.get("version").asLong() > previousVersion, "audit entries follow the versions");
            previousVersion = before.get("version").asLong();
        }
        assertEquals(accepted.size(), audited.size(), "every accepted write is audited, and nothing else");
        assertEquals(new java.util.HashSet<>(accepted), new java.util.HashSet<>(audited));
        assertEquals(statuses.getOrDefault(200, 0), accepted.size());

        given().get("/api/v1/measures/{id}", measureId).then().statusCode(200)
                .body("text", org.hamcrest.Matchers.equalTo(audited.get(audited.size() - 1)))
                .body("version", org.hamcrest.Matchers.equalTo((int) previousVersion + 1));
    }
}
