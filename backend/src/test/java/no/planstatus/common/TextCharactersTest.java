package no.planstatus.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.planstatus.audit.AuditEvent;
import no.planstatus.security.Role;
import no.planstatus.support.TestAccounts;
import no.planstatus.support.TestPlans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text that one of the databases cannot store as sent (control characters, lone surrogates) is a 400 naming the
 * field, wherever it comes in: a JSON body of any operation, the plan file, the sign-in, a query parameter or a
 * cursor. On PostgreSQL a NUL used to be a 500; on H2 it was stored, and an H2 export then failed on PostgreSQL.
 */
@QuarkusTest
class TextCharactersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    TestPlans plans;

    private TestAccounts.Credentials editor;
    private TestPlans.Created plan;
    private long measureId;
    private long goalId;

    @BeforeEach
    void setUp() {
        editor = TestAccounts.create(Role.EDITOR, null);
        plan = plans.create(List.of());
        measureId = plan.measureId(1, 1);
        goalId = given().get("/api/v1/measures/{id}", measureId).jsonPath().getLong("goal.id");
    }

    private Response putMeasure(String text) {
        String etag = given().get("/api/v1/measures/{id}", measureId).header("ETag");
        Map<String, Object> body = new HashMap<>(Map.of("goalId", goalId, "text", text,
                "responsibilityText", "Leder", "position", 1));
        return editor.session().header("If-Match", etag).body(body).put("/api/v1/measures/{id}", measureId);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0001", "\u0008", "\u000b", "\u000c", "\u001b", "\u007f", "\u0085", "\u009f"})
    void shouldRejectAControlCharacterInAJsonTextFieldNamingTheField(String control) {
        String before = given().get("/api/v1/measures/{id}", measureId).asString();

        putMeasure("før" + control + "etter").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("text"))
                .body("violations[0].message", containsString(String.format("U+%04X", (int) control.charAt(0))));

        assertEquals(before, given().get("/api/v1/measures/{id}", measureId).asString());
    }

    @Test
    void shouldKeepTabsLineBreaksAndCarriageReturnsAsSent() {
        String text = "første linje\r\nandre\tlinje\ntredje 😀 æøå";
        putMeasure(text).then().statusCode(200).body("text", equalTo(text));
        given().get("/api/v1/measures/{id}", measureId).then().body("text", equalTo(text));
    }

    @Test
    void shouldRejectALoneSurrogateInsteadOfStoringAQuestionMark() {
        String etag = given().get("/api/v1/measures/{id}", measureId).header("ETag");
        String body = "{\"goalId\": " + goalId + ", \"text\": \"halvt \\ud83d tegn\", \"responsibilityText\": "
                + "\"Leder\", \"position\": 1}";

        editor.session().header("If-Match", etag).body(body).put("/api/v1/measures/{id}", measureId).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("text"))
                .body("violations[0].message", containsString("U+D83D"));

        String pair = body.replace("\\ud83d tegn", "\\ud83d\\ude00 tegn");
        editor.session().header("If-Match", etag).body(pair).put("/api/v1/measures/{id}", measureId).then()
                .statusCode(200).body("text", equalTo("halvt 😀 tegn"));
    }

    @Test
    void shouldRejectABodyThatIsNotValidUtf8() {
        String etag = given().get("/api/v1/measures/{id}", measureId).header("ETag");
        byte[] start = ("{\"goalId\": " + goalId + ", \"responsibilityText\": \"Leder\", \"position\": 1, \"text\": \"")
                .getBytes(StandardCharsets.UTF_8);
        for (byte[] invalid : List.of(new byte[] {(byte) 0xff}, new byte[] {(byte) 0xc3, 0x28},
                new byte[] {(byte) 0xc0, (byte) 0x80}, new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80})) {
            byte[] body = new byte[start.length + invalid.length + 2];
            System.arraycopy(start, 0, body, 0, start.length);
            System.arraycopy(invalid, 0, body, start.length, invalid.length);
            body[body.length - 2] = '"';
            body[body.length - 1] = '}';
            editor.session().header("If-Match", etag).body(body).put("/api/v1/measures/{id}", measureId).then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
        given().get("/api/v1/measures/{id}", measureId).then().body("text", equalTo("første tiltak " + plan.suffix()));
    }

    @Test
    void shouldNameTheElementOfAListOfTexts() {
        String etag = given().get("/api/v1/goals/{id}", goalId).header("ETag");
        Map<String, Object> body = Map.of("text", "mål", "position", 1,
                "interestPolicy", Map.of("heading", "Saker", "matters", List.of("en", "to\u0000", "tre")));

        editor.session().header("If-Match", etag).body(body).put("/api/v1/goals/{id}", goalId).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("interestPolicy.matters[1]"));
    }

    @Test
    void shouldNameThePathInThePlanFileOfAnImport() throws IOException {
        ObjectNode document = (ObjectNode) JSON.readTree(given().queryParam("strategicPlan", plan.strategicPlanId())
                .get("/api/v1/export/plan").then().statusCode(200).extract().asByteArray());
        ((ObjectNode) document.at("/actionPlans/0/measures/1")).put("text", "med\u0000nul");

        editor.session().queryParam("dryRun", true).body(JSON.writeValueAsBytes(document))
                .post("/api/v1/import/plan").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("actionPlans[0].measures[1].text"))
                .body("violations[0].message", containsString("U+0000"));
    }

    @Test
    void shouldRejectAControlCharacterInTheSignIn() {
        given().contentType(ContentType.JSON).body(Map.of("username", "admin\u0000", "password", "x"))
                .post("/api/v1/auth/login").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("username"));
        given().contentType(ContentType.JSON).body(Map.of("username", editor.username(), "password", "x\u0000"))
                .post("/api/v1/auth/login").then()
                .statusCode(400)
                .body("violations[0].field", equalTo("password"));
    }

    @Test
    void shouldRejectAControlCharacterInAQueryParameterNamingIt() {
        given().queryParam("reference", plan.reference(1, 1) + "\u0000").get("/api/v1/measures").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("reference"))
                .body("violations[0].message", containsString("U+0000"));
        TestAccounts.Credentials admin = TestAccounts.create(Role.ADMIN, null);
        admin.session().queryParam("actor", "a\u0000").get("/api/v1/audit-events").then()
                .statusCode(400)
                .body("violations[0].field", equalTo("actor"));
        given().queryParam("heading", "x\u001b").get("/embed/plan").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("heading"));
    }

    @Test
    void shouldStillShowHistoryStoredBeforeTheCheck() {
        QuarkusTransaction.requiringNew().run(() -> {
            AuditEvent event = new AuditEvent();
            event.occurredAt = Instant.now();
            event.actorType = "ACCOUNT";
            event.actorName = "før kontrollen";
            event.action = AuditEvent.Action.UPDATE;
            event.entityType = "measure";
            event.entityId = measureId;
            event.measureId = measureId;
            event.beforeJson = "{\"text\": \"gammel\"}";
            event.afterJson = "{\"text\": \"lagret med \\u0001 før\"}";
            event.persist();
        });

        given().get("/api/v1/measures/{id}/history", measureId).then()
                .statusCode(200)
                .body("items[0].changes[0].after", equalTo("lagret med \u0001 før"));
    }

    @Test
    void shouldRejectAForgedCursorWithAControlCharacterInItsText() {
        String cursor = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("1\u001fnavn\u0000".getBytes(StandardCharsets.UTF_8));
        given().queryParam("cursor", cursor).get("/api/v1/parties").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("cursor"));
    }
}
