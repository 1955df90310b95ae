package no.planstatus.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.planstatus.security.Role;
import no.planstatus.support.TestAccounts;
import no.planstatus.support.TestPlans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DeletedMeasuresTest {

    private static final String DELETED = "/api/v1/measures/deleted";

    @Inject
    TestPlans plans;

    private TestAccounts.Credentials editor;
    private TestPlans.Created plan;

    @BeforeEach
    void createPlanAndEditor() {
        editor = TestAccounts.create(Role.EDITOR, null);
        plan = plans.create(List.of());
    }

    @Test
    void shouldTellASyncingClientWhichMeasureWasDeletedAndWhen() {
        Instant before = Instant.now().minusSeconds(1);
        long measureId = plan.measureId(1, 2);

        delete(measureId);
        Instant after = Instant.now().plusSeconds(1);

        given().queryParam("changedSince", before.toString()).get("/api/v1/measures").then()
                .statusCode(200)
                .body("items.find { it.id == " + measureId + " }", nullValue());
        JsonPath deleted = given().queryParam("changedSince", before.toString()).get(DELETED).then()
                .statusCode(200)
                .body("items.find { it.id == " + measureId + " }.reference", equalTo(plan.reference(1, 2)))
                .body("items.find { it.id == " + measureId + " }.deletedAt", notNullValue())
                .extract().jsonPath();
        Instant deletedAt = Instant.parse(deleted.getString("items.find { it.id == " + measureId + " }.deletedAt"));
        assertFalse(deletedAt.isBefore(before) || deletedAt.isAfter(after), deletedAt.toString());
        given().queryParam("changedSince", after.toString()).get(DELETED).then()
                .statusCode(200)
                .body("items.find { it.id == " + measureId + " }", nullValue());
    }

    @Test
    void shouldPageThroughDeletionsOldestFirst() {
        String since = Instant.now().minusSeconds(1).toString();
        List<Long> order = List.of(plan.measureId(2, 1), plan.measureId(1, 1), plan.measureId(1, 2));
        order.forEach(this::delete);

        List<Long> listed = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("changedSince", since).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(DELETED).then().statusCode(200).extract().jsonPath();
            listed.addAll(page.getList("items.id", Long.class));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 100);

        assertEquals(order, listed.stream().filter(order::contains).toList());
        assertTrue(pages >= 2, "three deletions with limit=2 take two pages");
    }

    @Test
    void shouldServeDeletedRatherThanTakeItForAMeasureId() {
        given().get(DELETED).then()
                .statusCode(200)
                .contentType("application/json")
                .body("items", notNullValue());
        given().get("/api/v1/measures/deleted-ish").then()
                .statusCode(400)
                .body("violations[0].field", equalTo("id"));
        given().get("/api/v1/measures/{id}", plan.measureId(1, 1)).then().statusCode(200);
    }

    @Test
    void shouldBeCachedAndOpenToOtherSitesLikeOtherPublicLists() {
        String etag = given().header("Origin", "https://intranett.kommune.example").get(DELETED).then()
                .statusCode(200)
                .header("ETag", matchesPattern("\"r\\d+-[0-9a-f]+-gzip\""))
                .header("Cache-Control", "public, max-age=30, must-revalidate")
                .header("Access-Control-Allow-Origin", "*")
                .extract().header("ETag");
        given().header("If-None-Match", etag).get(DELETED).then().statusCode(304).header("ETag", etag);

        delete(plan.measureId(2, 1));

        String changed = given().header("If-None-Match", etag).get(DELETED).then()
                .statusCode(200)
                .extract().header("ETag");
        assertNotEquals(etag, changed);
    }

    @Test
    void shouldRefuseAMalformedInstantOrCursorWithAProblem() {
        given().queryParam("changedSince", "yesterday").get(DELETED).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("changedSince"));
        given().queryParam("cursor", "not-a-cursor").get(DELETED).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("cursor"));
    }

    private void delete(long measureId) {
        String etag = given().get("/api/v1/measures/{id}", measureId).then().statusCode(200).extract().header("ETag");
        editor.session().header("If-Match", etag).delete("/api/v1/measures/{id}", measureId).then().statusCode(204);
    }
}
