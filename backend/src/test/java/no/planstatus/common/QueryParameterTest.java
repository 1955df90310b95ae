package no.planstatus.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import no.planstatus.security.Role;
import no.planstatus.support.TestAccounts;
import no.planstatus.support.TestPlans;
import org.junit.jupiter.api.Test;

/** A query parameter an operation does not know, or a known one given twice, is a 400 naming it, never ignored. */
@QuarkusTest
class QueryParameterTest {

    @Inject
    TestPlans plans;

    @Inject
    ResponseCacheStore store;

    @Test
    void shouldRejectAMisspeltFilterNamingItAndTheKnownOnes() {
        given().get("/api/v1/measures?stauts=COMPLETED").then().statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE))
                .header("Cache-Control", "no-store")
                .body("type", equalTo(ProblemType.INVALID_PARAMETER.uri()))
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo("stauts"))
                .body("violations[0].message", allOf(containsString("er ikke et kjent parameter"),
                        containsString("status"), containsString("cursor")));
    }

    @Test
    void shouldRejectAKnownParameterGivenTwice() {
        given().get("/api/v1/measures?goal=1&status=COMPLETED&goal=2&goal=3").then().statusCode(400)
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo("goal"))
                .body("violations[0].message", equalTo("kan bare oppgis én gang"));
    }

    @Test
    void shouldRejectACacheBusterOnAnAddressThatTakesNoParameters() {
        long measure = plans.create(List.of()).measureId(1, 1);
        given().get("/api/v1/measures/" + measure).then().statusCode(200);

        given().get("/api/v1/measures/" + measure + "?_=1764578400000").then().statusCode(400)
                .body("violations[0].field", equalTo("_"))
                .body("violations[0].message", containsString("denne adressen tar ingen parametere"));
        given().header("If-None-Match", "*").get("/api/v1/measures/" + measure + "?junk").then().statusCode(400);
    }

    @Test
    void shouldRejectMatrixParametersThatWouldSlipPastTheIdAndParameterRules() {
        long measure = plans.create(List.of()).measureId(1, 1);

        for (String path : List.of("/api/v1/measures/" + measure + ";x", "/api/v1/measures;junk=1",
                "/api/v1/goals/1;v=2")) {
            given().urlEncodingEnabled(false).get(path).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations[0].field", equalTo("path"))
                    .body("violations[0].message", containsString("semikolon"));
        }
        given().urlEncodingEnabled(false).get("/embed/measures/" + measure + ";x").then().statusCode(400)
                .contentType(startsWith("text/html"));
        given().urlEncodingEnabled(false).get("/api/v1/measures?reference=a;b").then().statusCode(200);
    }

    @Test
    void shouldRejectUnknownParametersOnTheFeedAndOnWrites() {
        given().get("/api/v1/feeds/changes.atom?goal=1&lang=en").then().statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE))
                .body("violations[0].field", equalTo("lang"));

        String slug = "parameter-" + System.nanoTime();
        TestAccounts.create(Role.EDITOR, null).session()
                .body(Map.of("slug", slug, "name", "Parameter " + slug, "kind", "INTERNAL_BODY"))
                .post("/api/v1/parties?dryRun=true").then().statusCode(400)
                .body("violations[0].field", equalTo("dryRun"));
        given().get("/api/v1/parties?limit=500").then().statusCode(200)
                .body("items.findAll { it.slug == '" + slug + "' }", hasSize(0));
    }

    @Test
    void shouldAnswerAnEmbedPageWithAnUnknownParameterWithAnHtmlPageNamingIt() {
        long measure = plans.create(List.of()).measureId(1, 1);

        String page = given().get("/embed/measures/" + measure + "?accent=1f5c99&utm_source=intranett").then()
                .statusCode(400).contentType(startsWith("text/html"))
                .header("Content-Security-Policy", containsString("frame-ancestors *"))
                .extract().body().asString();
        assertThat(page, allOf(containsString("Ugyldig adresse"), containsString("«utm_source» er ikke et kjent"),
                containsString("accent, compact, heading")));
    }

    @Test
    void shouldAcceptKnownParametersHoweverTheAddressSpellsThem() {
        TestPlans.Created plan = plans.create(List.of());
        long goal = given().get("/api/v1/measures/" + plan.measureId(1, 1)).then().statusCode(200)
                .extract().jsonPath().getLong("goal.id");

        given().urlEncodingEnabled(false).get("/api/v1/measures?%67oal=" + goal + "&limit=&").then().statusCode(200)
                .body("items", hasSize(2));
        given().get("/api/v1/measures?actionPlan=" + plan.actionPlanId() + "&goal").then().statusCode(200)
                .body("items", hasSize(3));
        given().get("/embed/goals/" + goal + "?compact=true&heading=2").then().statusCode(200);
    }

    @Test
    void shouldKeepNoAnswerForJunkParameters() {
        long measure = plans.create(List.of()).measureId(1, 1);
        given().get("/api/v1/measures/" + measure).then().statusCode(200);

        for (int i = 0; i < 50; i++) {
            given().get("/api/v1/measures/" + measure + "?junk" + i + "=x").then().statusCode(400);
            given().get("/embed/measures/" + measure + "?junk=" + i).then().statusCode(400);
        }

        // The valid answer may be stored a moment after it was sent, so the check names keys instead of counting.
        assertThat(store.keys().stream().filter(key -> key.contains("junk")).toList(), hasSize(0));
    }
}
