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
 * accounts, tokens, webhooks and settings are for admins, reports for editors and the measure's own reporters (but
 * reviewing them only for editors), the rest for editors.
 * The operations of a personal report link's holder (/api/v1/invitation/...) need the link, not a role: without it
 * every caller gets the same 404 (or 429 once the address has tried too many invalid links).
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
        REPORTER_OF_THE_MEASURE,
        LINK_HOLDER
    }

    /** What a caller without the link gets from a link holder's operation, whatever their role. */
    private static final int NO_LINK = 404;

    record Operation(String method, String path, String operationId, boolean hasBody) {

        Audience audience() {
            if (path.startsWith("/api/v1/invitation/")) {
                return Audience.LINK_HOLDER;
            }
            if (path.startsWith("/api/v1/accounts") || path.startsWith("/api/v1/tokens")
                    || path.startsWith("/api/v1/webhooks") || path.startsWith("/api/v1/settings")) {
                return Audience.ADMIN;
            }
            // Reviewing a report (approving it, sending it back) is for editors, never for its reporters.
            if (path.endsWith("/approve") || path.endsWith("/return")) {
                return Audience.EDITOR;
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
        check(() -> given().contentType(ContentType.JSON), op -> op.audience() == Audience.LINK_HOLDER ? NO_LINK : 401);
    }

    @Test
    void unknownOrRevokedTokensShouldGet401OnEveryWrite() {
        check(() -> given().header("Authorization", "Bearer pst_unknown").contentType(ContentType.JSON), op -> 401);
    }

    @Test
    void reportersOfAnotherPartyShouldGet403OnEveryWrite() {
        TestAccounts.Credentials outsider = TestAccounts.create(Role.REPORTER, plan.partnerPartyId());
        check(outsider::session, op -> op.audience() == Audience.LINK_HOLDER ? NO_LINK : 403);
        check(outsider::bearer, op -> op.audience() == Audience.LINK_HOLDER ? NO_LINK : 403);
    }

    @Test
    void reportersOfTheMeasuresPartyShouldWriteReportsOnlyOnIt() {
        TestAccounts.Credentials own = TestAccounts.create(Role.REPORTER, plan.leadPartyId());
        check(own::session, op -> switch (op.audience()) {
            case REPORTER_OF_THE_MEASURE -> null;
            case LINK_HOLDER -> NO_LINK;
            default -> 403;
        });
        check(own::bearer, op -> switch (op.audience()) {
            case REPORTER_OF_THE_MEASURE -> null;
            case LINK_HOLDER -> NO_LINK;
            default -> 403;
        });
    }

    @Test
    void editorsShouldWriteEverythingButAccountsAndTokens() {
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        check(editor::session, op -> switch (op.audience()) {
            case ADMIN -> 403;
            case LINK_HOLDER -> NO_LINK;
            default -> null;
        });
        check(editor::bearer, op -> switch (op.audience()) {
            case ADMIN -> 403;
            case LINK_HOLDER -> NO_LINK;
            default -> null;
        });
    }

    @Test
    void adminsShouldWriteEverything() {
        TestAccounts.Credentials admin = TestAccounts.create(Role.ADMIN, null);
        check(admin::session, op -> op.audience() == Audience.LINK_HOLDER ? NO_LINK : null);
        check(admin::bearer, op -> op.audience() == Audience.LINK_HOLDER ? NO_LINK : null);
    }

    /** Reads that need a role: the reporting rounds are the editors' (a reporter's own view is «Mine tiltak»). */
    @Test
    void editorOnlyReadsShouldBeRefusedToAnonymousCallersAndReporters() throws IOException {
        TestAccounts.Credentials reporter = TestAccounts.create(Role.REPORTER, plan.leadPartyId());
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        List<String> reads = editorOnlyReads();
        assertTrue(reads.contains("/api/v1/rounds/{id}/progress"), reads::toString);
        List<String> mismatches = new ArrayList<>();
        for (String path : reads) {
            String concrete = path.replaceAll("\\{[^}]+}", String.valueOf(UNKNOWN_ID));
            expect(mismatches, path + " anonymous", given().get(concrete).statusCode(), 401);
            expect(mismatches, path + " reporter", reporter.session().get(concrete).statusCode(), 403);
            expect(mismatches, path + " reporter token", reporter.bearer().get(concrete).statusCode(), 403);
            int asEditor = editor.session().get(concrete).statusCode();
            if (asEditor == 401 || asEditor == 403 || asEditor >= 500) {
                mismatches.add(path + " editor → " + asEditor);
            }
        }
        given().get("/api/v1/me/obligations").then().statusCode(401);
        reporter.session().get("/api/v1/me/obligations").then().statusCode(200);
        assertEquals(List.of(), mismatches);
    }

    private static void expect(List<String> mismatches, String what, int status, int expected) {
        if (status != expected) {
            mismatches.add(what + " → " + status + " (expected " + expected + ")");
        }
    }

    private static List<String> editorOnlyReads() throws IOException {
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(CONTRACT.toFile()).get("paths");
        List<String> reads = new ArrayList<>();
        paths.fieldNames().forEachRemaining(path -> {
            if (path.startsWith("/api/v1/rounds") && paths.get(path).has("get")) {
                reads.add(path);
            }
        });
        return reads;
    }

    @Test
    void theContractShouldHaveWriteOperationsToCheck() throws IOException {
        List<Operation> operations = writeOperations();
        assertTrue(operations.stream().anyMatch(op -> op.operationId().equals("updateMeasure")), operations::toString);
        assertTrue(operations.stream().anyMatch(op -> op.operationId().equals("createInvitationReport")
                && op.audience() == Audience.LINK_HOLDER), operations::toString);
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
            // Other tests try invalid links from this address too: once it must wait, the answer is 429.
            boolean ok = want == null ? status != 401 && status != 403 && status < 500
                    : status == want || (want == NO_LINK && status == 429);
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
        if ((op.audience() == Audience.REPORTER_OF_THE_MEASURE || op.audience() == Audience.LINK_HOLDER)
                && op.method().equals("POST")) {
            return Map.of("periodId", TestPlans.periodOn(measureId, "2031-06-30"), "reportDate", "2031-06-30",
                    "status", "IN_PROGRESS", "assessment", "ON_TRACK",
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
