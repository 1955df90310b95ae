package no.planstatus.party;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.planstatus.audit.AuditEvent;
import no.planstatus.security.Role;
import no.planstatus.support.TestAccounts;
import no.planstatus.support.TestPlans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PartyEditingTest {

    @Inject
    TestPlans plans;

    private TestAccounts.Credentials editor;

    @BeforeEach
    void createEditor() {
        editor = TestAccounts.create(Role.EDITOR, null);
    }

    @Test
    void shouldCreateUpdateAndDeleteAPartyWithVersionsAndAudit() {
        String slug = newSlug();
        Response created = editor.session()
                .body(Map.of("slug", slug, "name", " Kommune A ", "kind", "MEMBER_MUNICIPALITY"))
                .post("/api/v1/parties");
        created.then()
                .statusCode(201)
                .header("ETag", "\"0-gzip\"")
                .body("slug", equalTo(slug))
                .body("name", equalTo("Kommune A"))
                .body("kind", equalTo("MEMBER_MUNICIPALITY"))
                .body("version", equalTo(0))
                .body("measures", empty());
        long id = created.jsonPath().getLong("id");
        created.then().header("Location", endsWith("/api/v1/parties/" + id));
        given().get("/api/v1/parties/{id}", id).then().statusCode(200).header("ETag", "\"0-gzip\"");

        editor.bearer().header("If-Match", "\"0\"").body(Map.of("name", "Kommune B", "kind", "EXTERNAL_ORGANISATION"))
                .put("/api/v1/parties/{id}", id).then()
                .statusCode(200)
                .header("ETag", "\"1-gzip\"")
                .body("version", equalTo(1))
                .body("slug", equalTo(slug))
                .body("name", equalTo("Kommune B"))
                .body("kind", equalTo("EXTERNAL_ORGANISATION"));
        given().queryParam("limit", 500).get("/api/v1/parties").then()
                .body("items.find { it.id == " + id + " }.version", equalTo(1));

        editor.session().header("If-Match", "\"1\"").delete("/api/v1/parties/{id}", id).then().statusCode(204);
        given().get("/api/v1/parties/{id}", id).then().statusCode(404);
        assertEquals(List.of("CREATE", "UPDATE", "DELETE"), auditActions(id));
    }

    @Test
    void shouldRejectStaleOrMissingIfMatch() {
        long id = createParty();
        editor.session().header("If-Match", "\"5\"").body(Map.of("name", "Ny", "kind", "INTERNAL_BODY"))
                .put("/api/v1/parties/{id}", id).then()
                .statusCode(412)
                .body("type", equalTo("urn:planstatus:problem:precondition-failed"));
        editor.session().delete("/api/v1/parties/{id}", id).then()
                .statusCode(428)
                .body("type", equalTo("urn:planstatus:problem:precondition-required"));
    }

    @Test
    void shouldKeepAPartysEmailForEditorsOnly() {
        String slug = newSlug();
        Response created = editor.session().body(Map.of("slug", slug, "name", "Kommune A",
                "kind", "MEMBER_MUNICIPALITY", "email", "post@kommune-a.no")).post("/api/v1/parties");
        created.then().statusCode(201);
        long id = created.jsonPath().getLong("id");
        assertThat(created.asString(), not(containsString("post@kommune-a.no")));
        given().get("/api/v1/parties/{id}", id).then().statusCode(200).body("$", not(hasKey("email")));
        assertThat(given().queryParam("limit", 500).get("/api/v1/parties").asString(),
                not(containsString("post@kommune-a.no")));
        editor.session().get("/api/v1/parties/{id}/contact", id).then().statusCode(200)
                .body("email", equalTo("post@kommune-a.no"))
                .body("version", equalTo(0));
        given().get("/api/v1/parties/{id}/contact", id).then().statusCode(401);
        TestAccounts.create(Role.REPORTER, id).session().get("/api/v1/parties/{id}/contact", id).then()
                .statusCode(403);

        editor.session().header("If-Match", "\"0\"")
                .body(Map.of("name", "Kommune A", "kind", "MEMBER_MUNICIPALITY", "email", "ikke en adresse"))
                .put("/api/v1/parties/{id}", id).then()
                .statusCode(400)
                .body("violations.find { it.field == 'email' }.message",
                        equalTo("må være en gyldig e-postadresse, for eksempel kari.nordmann@kommune.no"));
        editor.session().header("If-Match", "\"0\"").body(Map.of("name", "Kommune A", "kind", "MEMBER_MUNICIPALITY"))
                .put("/api/v1/parties/{id}", id).then().statusCode(200);
        editor.session().get("/api/v1/parties/{id}/contact", id).then().body("email", nullValue());
    }

    @Test
    void shouldRejectInvalidPartiesByField() {
        editor.session().body(Map.of("slug", "Ugyldig Slug", "name", "", "kind", "INTERNAL_BODY"))
                .post("/api/v1/parties").then()
                .statusCode(400)
                .body("violations.field", containsInAnyOrder("slug", "name"));
        editor.session().body(Map.of("slug", newSlug(), "name", "Navn", "kind", "KOMMUNE"))
                .post("/api/v1/parties").then()
                .statusCode(400)
                .body("violations.field", contains("kind"));
        editor.session().header("If-Match", "\"0\"")
                .body(Map.of("slug", "nytt-slug", "name", "Navn", "kind", "INTERNAL_BODY"))
                .put("/api/v1/parties/{id}", createParty()).then()
                .statusCode(400)
                .body("violations.field", contains("slug"));
    }

    @Test
    void shouldAnswerConflictForATakenSlug() {
        TestPlans.Created plan = plans.create(List.of());
        editor.session().body(Map.of("slug", plan.leadSlug(), "name", "Dublett", "kind", "INTERNAL_BODY"))
                .post("/api/v1/parties").then()
                .statusCode(409)
                .body("type", equalTo("urn:planstatus:problem:conflict"))
                .body("violations.field", contains("slug"));
    }

    @Test
    void shouldRefuseToDeleteAPartyThatIsResponsibleOrHasAnAccount() {
        TestPlans.Created plan = plans.create(List.of());
        editor.session().header("If-Match", "\"0\"").delete("/api/v1/parties/{id}", plan.leadPartyId()).then()
                .statusCode(409)
                .body("type", equalTo("urn:planstatus:problem:conflict"));
        long withAccount = createParty();
        TestAccounts.create(Role.REPORTER, withAccount);
        editor.session().header("If-Match", "\"0\"").delete("/api/v1/parties/{id}", withAccount).then()
                .statusCode(409)
                .body("type", equalTo("urn:planstatus:problem:conflict"));
    }

    private long createParty() {
        return editor.session().body(Map.of("slug", newSlug(), "name", "Part", "kind", "INTERNAL_BODY"))
                .post("/api/v1/parties").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String newSlug() {
        return "part-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static List<String> auditActions(long id) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>list(
                "entityType = ?1 and entityId = ?2 order by occurredAt, id", "party", id).stream()
                .map(event -> event.action.name()).toList());
    }
}
