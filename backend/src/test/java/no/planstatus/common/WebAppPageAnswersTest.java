package no.planstatus.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.core.net.SocketAddress;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import no.planstatus.security.Role;
import no.planstatus.support.TestAccounts;
import no.planstatus.support.TestPlans;
import org.junit.jupiter.api.Test;

/**
 * The answers WebAppPage writes into index.html are, URL for URL, what an anonymous GET of that URL answers now
 * (the web app uses them in place of those requests). The page itself is checked by the browser tests.
 */
@QuarkusTest
class WebAppPageAnswersTest {

    @Inject
    WebAppPage page;

    @Inject
    TestPlans plans;

    private Map<String, byte[]> answersFor(String requested) throws Exception {
        var api = page.loopback(SocketAddress.inetSocketAddress(RestAssured.port, "127.0.0.1"));
        return page.answersFor(requested, api).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private static void assertAnswersAsAnyone(Map<String, byte[]> answers) {
        answers.forEach((url, body) -> assertEquals(
                given().urlEncodingEnabled(false).get(url).then().statusCode(200).extract().asString(),
                new String(body, StandardCharsets.UTF_8), url));
    }

    @Test
    void shouldWriteInWhatAGoalAndAMeasurePageAskForAsAnyoneGetsIt() throws Exception {
        TestPlans.Created plan = plans.create(List.of());
        long measureId = plan.measureId(1, 1);
        long goalId = given().get("/api/v1/measures/{id}", measureId).then().extract().jsonPath().getLong("goal.id");

        Map<String, byte[]> goal = answersFor("/mal/" + goalId);
        assertEquals(List.of("/api/v1/goals/" + goalId), List.copyOf(goal.keySet()));
        assertAnswersAsAnyone(goal);

        Map<String, byte[]> measure = answersFor("/tiltak/" + measureId);
        assertEquals(Set.of("/api/v1/measures/" + measureId, "/api/v1/measures/" + measureId + "/reports",
                "/api/v1/measures/" + measureId + "/history"), Set.copyOf(measure.keySet()));
        assertAnswersAsAnyone(measure);

        // A goal that does not exist gets no answer (the page asks and shows its 404 as before).
        assertTrue(answersFor("/mal/999999999").isEmpty());
        // Nothing for a path with a query (the page's own filters decide what it asks for) or another page.
        assertTrue(answersFor("/?status=DONE").isEmpty());
        assertTrue(answersFor("/logg-inn").isEmpty());
    }

    @Test
    void shouldWriteInTheOverviewsAnswersAsAnyoneGetsThem() throws Exception {
        Map<String, byte[]> overview = answersFor("/");
        assertTrue(overview.containsKey("/api/v1/strategic-plans"), overview.keySet().toString());
        assertTrue(overview.containsKey("/api/v1/parties?limit=500"), overview.keySet().toString());
        assertTrue(overview.keySet().stream().anyMatch(url -> url.startsWith("/api/v1/measures?limit=500&actionPlan=")),
                overview.keySet().toString());
        assertAnswersAsAnyone(overview);
    }

    @Test
    void shouldWriteInTheBodiesAsTheyAreAfterAWrite() throws Exception {
        String slug = "side-" + UUID.randomUUID().toString().substring(0, 8);
        answersFor("/ansvarlige");
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        editor.session().body(Map.of("slug", slug, "name", "Kommune " + slug, "kind", "MEMBER_MUNICIPALITY"))
                .post("/api/v1/parties").then().statusCode(201);

        Map<String, byte[]> bodies = answersFor("/ansvarlige");
        assertTrue(new String(bodies.get("/api/v1/parties?limit=500"), StandardCharsets.UTF_8).contains(slug));
        assertAnswersAsAnyone(bodies);
    }
}
