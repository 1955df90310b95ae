package no.planstatus.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.planstatus.security.Role;
import no.planstatus.support.PublicDeployment;
import no.planstatus.support.TestAccounts;
import no.planstatus.support.TestPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Absolute links in shared answers come from PLANSTATUS_PUBLIC_URL, never from what a request says about the host:
 * an anonymous request with a forged Host, X-Forwarded-Host or Forwarded header fills the response cache first, and
 * the next visitor must still get links to the configured address only.
 */
@QuarkusTest
@TestProfile(PublicDeployment.class)
class ForgedHostHeaderTest {

    private static final String EVIL = "evil.example";
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
    private static final Pattern ATOM_ID = Pattern.compile("<id>([^<]*)</id>");

    @Inject
    TestPlans plans;

    static Stream<Map<String, String>> forgedHeaders() {
        return Stream.of(
                Map.of("Host", EVIL),
                Map.of("X-Forwarded-Host", EVIL, "X-Forwarded-Proto", "http", "X-Forwarded-Port", "80"),
                Map.of("Forwarded", "host=" + EVIL + ";proto=http"));
    }

    @ParameterizedTest
    @MethodSource("forgedHeaders")
    void shouldLinkEmbedPagesToThePublicUrlAfterAForgedRequestFilledTheCache(Map<String, String> forged) {
        TestPlans.Created plan = plans.create(List.of());
        long goal = given().queryParam("strategicPlan", plan.strategicPlanId()).get("/api/v1/goals").then()
                .statusCode(200).extract().jsonPath().getLong("items[0].id");
        List<String> pages = List.of("/embed/plan", "/embed/plan?plan=" + plan.strategicPlanId(),
                "/embed/goals/" + goal, "/embed/measures/" + plan.measureId(1, 1),
                "/embed/parties/" + plan.leadPartyId(), "/embed/measures/999999999");

        for (String page : pages) {
            String poisoned = forged(forged).get(page).then().extract().body().asString();
            String next = given().get(page).then().extract().body().asString();

            assertThat(page + " for the next visitor", next, not(containsString(EVIL)));
            assertThat(page + " links", hrefs(next), everyItem(startsWith(PublicDeployment.LINK_BASE)));
            assertThat(page + " links", hrefs(next).isEmpty(), equalTo(false));
            assertThat(page + " answers the forged request like anyone else", poisoned, equalTo(next));
        }
        String measurePage = given().get("/embed/measures/" + plan.measureId(1, 1)).then().statusCode(200)
                .extract().body().asString();
        assertThat(measurePage, containsString("href=\"" + PublicDeployment.LINK_BASE + "tiltak/"
                + plan.measureId(1, 1) + "\" target=\"_top\""));
    }

    @ParameterizedTest
    @MethodSource("forgedHeaders")
    void shouldBuildTheAtomFeedFromThePublicUrlAfterAForgedRequestFilledTheCache(Map<String, String> forged) {
        TestPlans.Created plan = plans.create(List.of());
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        long measure = plan.measureId(1, 1);
        editor.session().body(Map.of("periodId", TestPlans.periodOn(measure, "2031-05-01"), "reportDate", "2031-05-01", "status", "IN_PROGRESS", "assessment", "ON_TRACK",
                "text", "I rute")).post("/api/v1/measures/{id}/reports", measure).then().statusCode(201);
        long goal = given().get("/api/v1/measures/" + measure).then().statusCode(200)
                .extract().jsonPath().getLong("goal.id");
        String feed = "/api/v1/feeds/changes.atom";

        for (String query : List.of("", "?goal=" + goal)) {
            String poisoned = forged(forged).get(feed + query).then().statusCode(200).extract().body().asString();
            String next = given().get(feed + query).then().statusCode(200).extract().body().asString();

            assertThat(next, not(containsString(EVIL)));
            assertThat(hrefs(next), everyItem(startsWith(PublicDeployment.LINK_BASE)));
            assertThat(matches(ATOM_ID, next), everyItem(startsWith("tag:intranett.kommune.example,")));
            assertThat(next, containsString("rel=\"self\" type=\"application/atom+xml\" href=\""
                    + PublicDeployment.LINK_BASE + "api/v1/feeds/changes.atom" + query + "\""));
            assertThat(next, containsString("href=\"" + PublicDeployment.LINK_BASE + "tiltak/" + measure + "\""));
            assertThat(poisoned, equalTo(next));
        }
    }

    @ParameterizedTest
    @MethodSource("forgedHeaders")
    void shouldServeTheWebComponentScriptUnchangedToAForgedRequest(Map<String, String> forged) {
        String script = "/embed/planstatus-status.js";
        String poisoned = forged(forged).get(script).then().statusCode(200).extract().body().asString();
        String next = given().get(script).then().statusCode(200).extract().body().asString();

        assertThat(next, not(containsString(EVIL)));
        assertThat(poisoned, equalTo(next));
    }

    /**
     * A write's Location is built for the one client that sent it, from its own Host, and never stored: a forged
     * Host can only mislead its sender.
     */
    @Test
    void shouldNeverLetCachesKeepTheAnswerToAWriteWithAForgedHost() {
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        String slug = "vert-" + System.nanoTime();

        editor.session().header("Host", EVIL)
                .body(Map.of("slug", slug, "name", "Vert " + slug, "kind", "INTERNAL_BODY"))
                .post("/api/v1/parties").then().statusCode(201)
                .header("Cache-Control", equalTo("no-store"));
    }

    private static RequestSpecification forged(Map<String, String> headers) {
        RequestSpecification request = given();
        headers.forEach(request::header);
        return request;
    }

    private static List<String> hrefs(String body) {
        return matches(HREF, body);
    }

    private static List<String> matches(Pattern pattern, String body) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(body);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
