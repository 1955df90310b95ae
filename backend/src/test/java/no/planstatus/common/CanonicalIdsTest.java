package no.planstatus.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import no.planstatus.security.Role;
import no.planstatus.support.TestAccounts;
import no.planstatus.support.TestPlans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An id is written one way only: ASCII digits, no sign, spaces, leading zeros, fraction or exponent. Other
 * spellings of the same number ({@code ١}, {@code １}, {@code +1}, {@code 0001}) used to name the same resource;
 * now they are a 400 naming the parameter, in paths and in id-valued query parameters alike.
 */
@QuarkusTest
class CanonicalIdsTest {

    @Inject
    TestPlans plans;

    private TestPlans.Created plan;
    private long measureId;
    private long goalId;

    @BeforeEach
    void setUp() {
        plan = plans.create(List.of());
        measureId = plan.measureId(1, 1);
        goalId = given().get("/api/v1/measures/{id}", measureId).jsonPath().getLong("goal.id");
    }

    /** Other spellings of {@code id}. */
    static Stream<Named<Function<Long, String>>> spellings() {
        return Stream.of(
                Named.of("Arabic-Indic digits", id -> digits(id, '\u0660')),
                Named.of("Extended Arabic-Indic digits", id -> digits(id, '\u06f0')),
                Named.of("fullwidth digits", id -> digits(id, '\uff10')),
                Named.of("Devanagari digits", id -> digits(id, '\u0966')),
                Named.of("plus sign", id -> "+" + id),
                Named.of("a leading zero", id -> "0" + id),
                Named.of("leading zeros", id -> "000" + id),
                Named.of("a leading space", id -> " " + id),
                Named.of("a trailing space", id -> id + " "),
                Named.of("a fraction", id -> id + ".0"),
                Named.of("an exponent", id -> id + "e0"),
                Named.of("hexadecimal", id -> "0x" + Long.toHexString(id)));
    }

    private static String digits(long id, char zero) {
        StringBuilder spelled = new StringBuilder();
        for (char c : Long.toString(id).toCharArray()) {
            spelled.append((char) (zero + (c - '0')));
        }
        return spelled.toString();
    }

    private static void assertRejected(Response response, String parameter) {
        response.then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo(parameter));
    }

    @ParameterizedTest
    @MethodSource("spellings")
    void shouldRejectAnotherSpellingOfAnIdInThePath(Function<Long, String> spelling) {
        assertRejected(given().get("/api/v1/measures/{id}", spelling.apply(measureId)), "id");
        assertRejected(given().get("/api/v1/goals/{id}", spelling.apply(goalId)), "id");
        assertRejected(given().get("/api/v1/parties/{id}", spelling.apply(plan.leadPartyId())), "id");
        assertRejected(given().get("/api/v1/action-plans/{id}", spelling.apply(plan.actionPlanId())), "id");
        assertRejected(given().get("/api/v1/measures/{measureId}/reports", spelling.apply(measureId)), "measureId");
        assertRejected(given().get("/api/v1/measures/{measureId}/responsibilities", spelling.apply(measureId)),
                "measureId");
    }

    @ParameterizedTest
    @MethodSource("spellings")
    void shouldRejectAnotherSpellingOfAnIdInAQueryParameter(Function<Long, String> spelling) {
        assertRejected(given().queryParam("goal", spelling.apply(goalId)).get("/api/v1/measures"), "goal");
        assertRejected(given().queryParam("party", spelling.apply(plan.leadPartyId())).get("/api/v1/measures"),
                "party");
        assertRejected(given().queryParam("actionPlan", spelling.apply(plan.actionPlanId())).get("/api/v1/measures"),
                "actionPlan");
        assertRejected(given().queryParam("strategicPlan", spelling.apply(plan.strategicPlanId()))
                .get("/api/v1/goals"), "strategicPlan");
        assertRejected(given().queryParam("goal", spelling.apply(goalId)).get("/api/v1/feeds/changes.atom"), "goal");
        assertRejected(given().queryParam("limit", spelling.apply(2L)).get("/api/v1/measures"), "limit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"%d\"", "\"+%d\"", "\"0%d\"", "\" %d\"", "%d.0", "\"%s\""})
    void shouldRejectAnIdInABodyThatIsNotAJsonInteger(String spelling) {
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        String etag = given().get("/api/v1/measures/{id}", measureId).header("ETag");
        String goal = spelling.contains("%s") ? String.format(spelling, digits(goalId, '\uff10'))
                : String.format(spelling, goalId);
        String body = "{\"goalId\": " + goal + ", \"text\": \"tekst\", \"responsibilityText\": \"Leder\", "
                + "\"position\": 1}";

        assertRejected(editor.session().header("If-Match", etag).body(body).put("/api/v1/measures/{id}", measureId),
                "goalId");
        editor.session().header("If-Match", etag).body(body.replace(goal, Long.toString(goalId)))
                .put("/api/v1/measures/{id}", measureId).then().statusCode(200);
    }

    @Test
    void shouldRejectIdsBeyondTheRangeOfALong() {
        assertRejected(given().get("/api/v1/measures/{id}", "9223372036854775808"), "id");
        assertRejected(given().queryParam("goal", "99999999999999999999").get("/api/v1/measures"), "goal");
    }

    @Test
    void shouldAcceptTheCanonicalSpelling() {
        given().get("/api/v1/measures/{id}", Long.toString(measureId)).then().statusCode(200)
                .body("id", equalTo((int) measureId));
        assertEquals(List.of((int) measureId), given().queryParam("goal", Long.toString(goalId))
                .queryParam("reference", plan.reference(1, 1)).get("/api/v1/measures").then().statusCode(200)
                .extract().jsonPath().getList("items.id"));
        given().get("/api/v1/measures/{id}", "9223372036854775807").then().statusCode(404);
    }

    @Test
    void shouldRejectACursorWhoseNumbersAreSpelledOtherwise() {
        String first = given().queryParam("limit", 1).get("/api/v1/parties").then().statusCode(200)
                .extract().jsonPath().getString("nextCursor");
        String decoded = new String(Base64.getUrlDecoder().decode(first),
                StandardCharsets.UTF_8);
        String id = decoded.substring(0, decoded.indexOf('\u001f'));
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                decoded.replaceFirst(id, digits(Long.parseLong(id), '\uff10'))
                        .getBytes(StandardCharsets.UTF_8));

        given().queryParam("cursor", first).get("/api/v1/parties").then().statusCode(200);
        assertRejected(given().queryParam("cursor", forged).get("/api/v1/parties"), "cursor");
    }
}
