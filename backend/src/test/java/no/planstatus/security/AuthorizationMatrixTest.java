package no.planstatus.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import no.planstatus.support.TestAccounts;
import no.planstatus.support.TestPlans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every write operation of the contract (openapi.yaml), for every kind of caller. A new operation is covered as
 * soon as it is in the contract; who may call it is decided by its path:
 * accounts, tokens and webhooks are for admins, reports for editors and the measure's own reporters, the rest for editors.
 * The requests carry empty bodies and unknown ids, so a caller who gets past authorization meets 400, 404 or 428,
 * never a change (reports are sent a valid body, since the party check needs one).
 */
@QuarkusTest
class AuthorizationMatrixTest {

    private static final Path CONTRACT = Path.of("..", "openapi.yaml");
    private static final long UNKNOWN_ID = 987654321L;

    enum Audience {
        ADMIN,
        EDITOR,
        REPORTER_OF_THE_MEASURE
    }

    record Operation(String method, String path, String operationId, boolean hasBody) {

        Audience audience() {
            if (path.startsWith("/api/v1/accounts") || path.startsWith("/api/v1/tokens")
                    || path.startsWith("/api/v1/webhooks")) {
                return Audience.ADMIN;
            }
            if (path.contains("/reports")) {
                return Audience.REPORTER_OF_THE_MEASURE;
            }
            return Audience.EDITOR;
        }
    }

    @Inject
    TestPlans plans;

    private TestPlans.Created plan;
    private long measureId;

    @BeforeEach
    void createPlan() {
        plan = plans.create(List.of());
        measureId = plan.measureId(1, 1);
    }

    @Test
    void anonymousCallersShouldGet401OnEveryWrite() {
        check(() -> given().contentType(ContentType.JSON), op -> 401);
    }

    @Test
    void unknownOrRevokedTokensShouldGet401OnEveryWrite() {
        check(() -> given().header("Authorization", "Bearer pst_unknown").contentType(ContentType.JSON), op -> 401);
    }

    @Test
    void reportersOfAnotherPartyShouldGet403OnEveryWrite() {
        TestAccounts.Credentials outsider = TestAccounts.create(Role.REPORTER, plan.partnerPartyId());
        check(outsider::session, op -> 403);
        check(outsider::bearer, op -> 403);
    }

    @Test
    void reportersOfTheMeasuresPartyShouldWriteReportsOnlyOnIt() {
        TestAccounts.Credentials own = TestAccounts.create(Role.REPORTER, plan.leadPartyId());
        check(own::session, op -> op.audience() == Audience.REPORTER_OF_THE_MEASURE ? null : 403);
        check(own::bearer, op -> op.audience() == Audience.REPORTER_OF_THE_MEASURE ? null : 403);
    }

    @Test
    void editorsShouldWriteEverythingButAccountsAndTokens() {
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        check(editor::session, op -> op.audience() == Audience.ADMIN ? 403 : null);
        check(editor::bearer, op -> op.audience() == Audience.ADMIN ? 403 : null);
    }

    @Test
    void adminsShouldWriteEverything() {
        TestAccounts.Credentials admin = TestAccounts.create(Role.ADMIN, null);
        check(admin::session, op -> null);
        check(admin::bearer, op -> null);
    }

    @Test
    void theContractShouldHaveWriteOperationsToCheck() throws IOException {
        List<Operation> operations = writeOperations();
        assertTrue(operations.stream().anyMatch(op -> op.operationId().equals("updateMeasure")), operations::toString);
        assertTrue(operations.stream().anyMatch(op -> op.operationId().equals("updatePeriod")), operations::toString);
        assertTrue(operations.stream().anyMatch(op -> op.operationId().equals("createActionPlanPeriod")),
                operations::toString);
    }

    /**
     * Sends every write operation and compares each status with the expected one; null means "authorized":
     * anything but 401 and 403 (and never a 5xx).
     */
    private void check(Supplier<RequestSpecification> caller, java.util.function.Function<Operation, Integer> expected) {
        List<String> mismatches = new ArrayList<>();
        List<Operation> operations;
        try {
            operations = writeOperations();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        for (Operation op : operations) {
            Response response = caller.get().body(bodyFor(op)).request(op.method(), concretePath(op));
            int status = response.statusCode();
            Integer want = expected.apply(op);
            boolean ok = want == null ? status != 401 && status != 403 && status < 500 : status == want;
            if (!ok) {
                mismatches.add(op.method() + " " + op.path() + " → " + status + " (expected "
                        + (want == null ? "authorized" : want) + "): " + response.asString());
            }
            if (status >= 400) {
                assertEquals("application/problem+json", response.contentType().split(";")[0],
                        op.method() + " " + op.path() + " answered " + status + " without a problem body");
            }
        }
        assertEquals(List.of(), mismatches);
    }

    private String concretePath(Operation op) {
        return op.path()
                .replace("{measureId}", String.valueOf(measureId))
                .replaceAll("\\{[^}]+}", String.valueOf(UNKNOWN_ID));
    }

    private Object bodyFor(Operation op) {
        if (op.audience() == Audience.REPORTER_OF_THE_MEASURE && op.method().equals("POST")) {
            return Map.of("periodId", TestPlans.periodOn(measureId, "2031-06-30"), "reportDate", "2031-06-30", "status", "IN_PROGRESS", "assessment", "ON_TRACK",
                    "text", "Matrisetest");
        }
        return "{}";
    }

    static List<Operation> writeOperations() throws IOException {
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(CONTRACT.toFile()).get("paths");
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (String method : List.of("post", "put", "patch", "delete")) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                String id = operation.path("operationId").asText();
                if (id.equals("login") || id.equals("logout")) {
                    continue;
                }
                operations.add(new Operation(method.toUpperCase(), path.getKey(), id, operation.has("requestBody")));
            }
        }
        return operations;
    }
}
