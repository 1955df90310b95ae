package no.planstatus.feed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import no.planstatus.security.Role;
import no.planstatus.support.TestAccounts;
import no.planstatus.support.TestPlans;
import no.planstatus.support.TestSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

@QuarkusTest
class ChangeFeedTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String FEED = "/api/v1/feeds/changes.atom";

    @Inject
    TestPlans plans;

    private TestPlans.Created plan;
    private TestAccounts.Credentials editor;

    @BeforeEach
    void createPlan() {
        plan = plans.create(List.of());
        editor = TestAccounts.create(Role.EDITOR, null);
        TestSettings.reportsNeedApproval();
    }

    @Test
    void shouldServeAWellFormedAtomFeedWithEveryEssentialElement() {
        report(plan.measureId(1, 1), "IN_PROGRESS", "ON_TRACK", "Godt i gang " + plan.suffix());

        Response response = given().get(FEED).then().statusCode(200)
                .contentType(startsWith("application/atom+xml"))
                .header("Cache-Control", containsString("public"))
                .header("ETag", notNullValue())
                .header("Set-Cookie", emptyOrNullString())
                .extract().response();
        assertThat(response.contentType().toLowerCase(), containsString("charset=utf-8"));

        Element feed = parse(response).getDocumentElement();
        assertThat(feed.getNamespaceURI(), equalTo(ATOM));
        assertThat(feed.getLocalName(), equalTo("feed"));
        assertThat(text(feed, "id"), startsWith("tag:"));
        assertThat(text(feed, "title"), not(emptyOrNullString()));
        Instant feedUpdated = Instant.parse(text(feed, "updated"));
        assertThat(links(feed, "self"), hasItem(startsWith("http")));
        assertThat(links(feed, "self").get(0), containsString(FEED));

        List<Element> entries = children(feed, "entry");
        assertThat(entries.size(), lessThanOrEqualTo(50));
        assertThat(entries.isEmpty(), equalTo(false));
        List<String> ids = new ArrayList<>();
        for (Element entry : entries) {
            ids.add(text(entry, "id"));
            assertThat(text(entry, "id"), startsWith("tag:"));
            assertThat(text(entry, "title"), not(emptyOrNullString()));
            assertThat(Instant.parse(text(entry, "updated")).isAfter(feedUpdated), equalTo(false));
            assertThat(links(entry, "alternate"), hasItem(startsWith("http")));
            assertThat(text(children(entry, "author").get(0), "name"), not(emptyOrNullString()));
        }
        assertThat(ids.stream().distinct().count(), equalTo((long) ids.size()));
        assertThat(Instant.parse(text(entries.get(0), "updated")), equalTo(feedUpdated));
    }

    @Test
    void shouldShowANewReportAsTheNewestEntryWithANorwegianTitleAndALinkToTheMeasure() {
        long measure = plan.measureId(1, 1);
        report(measure, "IN_PROGRESS", "ON_TRACK", "Rapport " + plan.suffix());

        Element first = children(parse(given().get(FEED).then().statusCode(200).extract().response())
                .getDocumentElement(), "entry").get(0);
        assertThat(text(first, "title"),
                equalTo("Statusrapport for tiltak " + plan.reference(1, 1) + ": Pågår (I rute)"));
        assertThat(text(first, "summary"), containsString("Rapport " + plan.suffix()));
        assertThat(links(first, "alternate").get(0), startsWith("http"));
        assertThat(links(first, "alternate").get(0), containsString("/tiltak/" + measure));
        assertThat(text(children(first, "author").get(0), "name"), equalTo("Test " + editor.username()));
        assertThat(text(first, "id"), containsString("audit-event/"));
    }

    @Test
    void shouldListOnlyTheGoalsMeasuresInTheGoalFeed() {
        report(plan.measureId(1, 1), "NOT_STARTED", "AT_RISK", "Mål én " + plan.suffix());
        report(plan.measureId(2, 1), "COMPLETED", "ON_TRACK", "Mål to " + plan.suffix());
        long goalTwo = given().get("/api/v1/measures/" + plan.measureId(2, 1)).then().statusCode(200)
                .extract().jsonPath().getLong("goal.id");

        List<String> titles = titles(given().queryParam("goal", goalTwo).get(FEED));
        assertThat(titles, hasSize(1));
        assertThat(titles.get(0), equalTo("Statusrapport for tiltak " + plan.reference(2, 1) + ": Fullført (I rute)"));
    }

    @Test
    void shouldListOnlyThePartysMeasuresInThePartyFeed() {
        report(plan.measureId(1, 1), "IN_PROGRESS", "OFF_TRACK", "Leder " + plan.suffix());
        report(plan.measureId(1, 2), "IN_PROGRESS", "ON_TRACK", "Felles " + plan.suffix());
        report(plan.measureId(2, 1), "POSTPONED", "AT_RISK", "Partner " + plan.suffix());

        List<String> lead = titles(given().queryParam("party", plan.leadPartyId()).get(FEED));
        assertThat(lead, hasSize(2));
        assertThat(lead, everyItem(not(containsString(plan.reference(2, 1)))));
        List<String> partner = titles(given().queryParam("party", plan.partnerPartyId()).get(FEED));
        assertThat(partner, hasSize(2));
        assertThat(partner.get(0), equalTo("Statusrapport for tiltak " + plan.reference(2, 1) + ": Utsatt (Risiko for avvik)"));
        assertThat(partner, everyItem(not(containsString(plan.reference(1, 1) + ":"))));
    }

    @Test
    void shouldEscapeMarkupAndAmpersandsInTexts() {
        String nasty = "<script>alert('x')</script> & \"Bygg\" <b>" + plan.suffix();
        report(plan.measureId(1, 1), "IN_PROGRESS", "ON_TRACK", nasty);

        Response response = given().queryParam("party", plan.leadPartyId()).get(FEED).then().statusCode(200)
                .extract().response();
        assertThat(response.asString(), not(containsString("<script>")));
        assertThat(response.asString(), containsString("&lt;script&gt;"));
        assertThat(response.asString(), containsString("&amp; "));
        Element first = children(parse(response).getDocumentElement(), "entry").get(0);
        assertThat(text(first, "summary"), containsString(nasty));
    }

    @Test
    void shouldServeAnEmptyFeedDatedByTheAdoptionForAGoalWithoutChanges() {
        long goalTwo = given().get("/api/v1/measures/" + plan.measureId(2, 1)).then().statusCode(200)
                .extract().jsonPath().getLong("goal.id");
        Element feed = parse(given().queryParam("goal", goalTwo).get(FEED).then().statusCode(200).extract()
                .response()).getDocumentElement();
        assertThat(children(feed, "entry"), hasSize(0));
        assertThat(text(feed, "updated"), equalTo("2030-01-01T00:00:00Z"));
        assertThat(text(feed, "title"), containsString("mål to " + plan.suffix()));
    }

    @Test
    void shouldAnswerUnknownGoalOrPartyWithNotFoundProblem() {
        given().queryParam("goal", 987654321).get(FEED).then().statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:planstatus:problem:not-found"));
        given().queryParam("party", 987654321).get(FEED).then().statusCode(404)
                .body("type", equalTo("urn:planstatus:problem:not-found"));
    }

    @Test
    void shouldAnswerMalformedFiltersWithBadRequestProblem() {
        given().queryParam("goal", "abc").queryParam("party", "-1").get(FEED).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:planstatus:problem:invalid-parameter"))
                .body("violations.field", hasItem("goal"))
                .body("violations.field", hasItem("party"));
    }

    @Test
    void shouldRevalidateWithNotModifiedUntilSomethingChanges() {
        String url = FEED + "?party=" + plan.leadPartyId();
        String etag = given().get(url).then().statusCode(200).extract().header("ETag");
        assertThat(etag, startsWith("\""));

        given().header("If-None-Match", etag).get(url).then().statusCode(304)
                .header("ETag", equalTo(etag))
                .header("Cache-Control", containsString("public"));

        report(plan.measureId(1, 1), "IN_PROGRESS", "ON_TRACK", "Ny " + plan.suffix());
        String changed = given().header("If-None-Match", etag).get(url).then().statusCode(200)
                .extract().header("ETag");
        assertThat(changed, not(equalTo(etag)));
    }

    @Test
    void shouldListReportCorrectionsAndMeasureChangesNewestFirst() {
        long measure = plan.measureId(1, 1);
        long report = report(measure, "IN_PROGRESS", "ON_TRACK", "Før " + plan.suffix());
        Map<String, Object> correction = body("IN_PROGRESS", "AT_RISK", "Rettet " + plan.suffix());
        editor.session().header("If-Match", "\"0\"").body(correction)
                .put("/api/v1/measures/" + measure + "/reports/" + report).then().statusCode(200);
        var current = given().get("/api/v1/measures/" + measure).then().statusCode(200).extract();
        Map<String, Object> update = new HashMap<>();
        update.put("goalId", current.jsonPath().getLong("goal.id"));
        update.put("text", "Nytt & bedre tiltak " + plan.suffix());
        update.put("responsibilityText", "Leder");
        update.put("position", 1);
        editor.session().header("If-Match", current.header("ETag")).body(update)
                .put("/api/v1/measures/" + measure).then().statusCode(200);

        Element feed = parse(given().queryParam("party", plan.leadPartyId()).get(FEED).then().statusCode(200)
                .extract().response()).getDocumentElement();
        List<Element> entries = children(feed, "entry");
        assertThat(entries.stream().map(entry -> text(entry, "title")).toList(), org.hamcrest.Matchers.contains(
                "Tiltak " + plan.reference(1, 1) + " er endret",
                "Rettet statusrapport for tiltak " + plan.reference(1, 1) + ": Pågår (Risiko for avvik)",
                "Statusrapport for tiltak " + plan.reference(1, 1) + ": Pågår (I rute)"));
        assertThat(text(entries.get(0), "summary"), equalTo("Nytt & bedre tiltak " + plan.suffix()));
    }

    @Test
    void shouldCreditACorrectionToTheOneWhoCorrectedItWithTheReportsAuthorAsContributor() {
        long measure = plan.measureId(1, 1);
        TestAccounts.Credentials reporter = TestAccounts.create(Role.REPORTER, plan.leadPartyId());
        long report = reporter.session().body(body("IN_PROGRESS", "ON_TRACK", "Skrevet " + plan.suffix()))
                .post("/api/v1/measures/" + measure + "/reports").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        // A reporter's report is in the feed from its approval, as a new report by its author.
        editor.session().header("If-Match", "\"0\"").post("/api/v1/measures/" + measure + "/reports/" + report
                + "/approve").then().statusCode(200);
        editor.session().header("If-Match", "\"1\"").body(body("IN_PROGRESS", "AT_RISK", "Rettet " + plan.suffix()))
                .put("/api/v1/measures/" + measure + "/reports/" + report).then().statusCode(200);

        List<Element> entries = children(parse(given().queryParam("party", plan.leadPartyId()).get(FEED).then()
                .statusCode(200).extract().response()).getDocumentElement(), "entry");
        Element correction = entries.get(0);
        assertThat(text(correction, "title"), startsWith("Rettet statusrapport"));
        assertThat(text(children(correction, "author").get(0), "name"), equalTo("Test " + editor.username()));
        assertThat(children(correction, "author"), hasSize(1));
        assertThat(text(children(correction, "contributor").get(0), "name"), equalTo("Test " + reporter.username()));
        Element written = entries.get(1);
        assertThat(text(written, "title"), startsWith("Statusrapport for tiltak"));
        assertThat(text(children(written, "author").get(0), "name"), equalTo("Test " + reporter.username()));
        assertThat(children(written, "contributor"), hasSize(0));
    }

    @Test
    void shouldNameNoContributorWhenTheAuthorCorrectsTheirOwnReport() {
        long measure = plan.measureId(1, 1);
        long report = report(measure, "IN_PROGRESS", "ON_TRACK", "Eget " + plan.suffix());
        editor.session().header("If-Match", "\"0\"").body(body("IN_PROGRESS", "AT_RISK", "Eget rettet " + plan.suffix()))
                .put("/api/v1/measures/" + measure + "/reports/" + report).then().statusCode(200);

        Element correction = children(parse(given().queryParam("party", plan.leadPartyId()).get(FEED).then()
                .statusCode(200).extract().response()).getDocumentElement(), "entry").get(0);
        assertThat(text(children(correction, "author").get(0), "name"), equalTo("Test " + editor.username()));
        assertThat(children(correction, "contributor"), hasSize(0));
    }

    private long report(long measureId, String status, String assessment, String text) {
        return editor.session().body(body(status, assessment, text))
                .post("/api/v1/measures/" + measureId + "/reports").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private Map<String, Object> body(String status, String assessment, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("reportDate", "2031-08-31");
        body.put("periodId", TestPlans.periodId(plan.actionPlanId(), "2. tertial 2031"));
        body.put("status", status);
        body.put("assessment", assessment);
        body.put("text", text);
        return body;
    }

    private static List<String> titles(Response response) {
        response.then().statusCode(200);
        return children(parse(response).getDocumentElement(), "entry").stream().map(entry -> text(entry, "title"))
                .toList();
    }

    private static Document parse(Response response) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.asByteArray()));
        } catch (Exception e) {
            throw new AssertionError("The feed is not well-formed XML", e);
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && ATOM.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertThat("exactly one atom:" + name, found, hasSize(1));
        return found.get(0).getTextContent();
    }

    private static List<String> links(Element parent, String rel) {
        return children(parent, "link").stream().filter(link -> rel.equals(link.getAttribute("rel")))
                .map(link -> link.getAttribute("href")).toList();
    }
}
