package no.planstatus.transfer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The adopted plan of Regionrådet for Fjellregionen must load word for word. The expected texts are read from the
 * source document itself (src/test/resources/source), independently of the seed file.
 */
@QuarkusTest
class DefaultContentTest {

    @Inject
    DefaultContent defaultContent;

    @Test
    void shouldServeTheStrategicPlanWithVisionPeriodAndAdoption() {
        long id = seededStrategicPlanId();
        given().get("/api/v1/strategic-plans/{id}", id).then()
                .statusCode(200)
                .body("title", equalTo("Strategisk plan for Regionrådet for Fjellregionen"))
                .body("periodStart", equalTo(2020))
                .body("periodEnd", equalTo(2024))
                .body("adoptedOn", equalTo("2020-06"))
                .body("council.name", equalTo("Regionrådet for Fjellregionen"))
                .body("council.vision", equalTo("Rom for å skape - tid til å leve"))
                .body("closingStatement", equalTo("Kommunene har ansvar for å følge opp mål og strategier i sine "
                        + "egne planer og gjennom aktuelle samarbeidspartnere."))
                .body("sections", hasSize(2))
                .body("sections[0].title",
                        equalTo("I perioden 2020-2024 skal regionrådet samarbeide om følgende mål:"))
                .body("sections[0].goals", hasSize(3))
                .body("sections[1].title", equalTo("Arbeidsmåter og øvrig samarbeid:"))
                .body("sections[1].goals", hasSize(5))
                .body("sections.goals.flatten().number", contains(1, 2, 3, 4, 5, 6, 7, 8))
                .body("actionPlans.code", contains("2021-22"));
    }

    @Test
    void shouldServeTheActionPlanAdoptedByTheCouncilOn26May2021() {
        JsonPath plan = given().get("/api/v1/action-plans/{id}", seededActionPlanId()).then()
                .statusCode(200).extract().jsonPath();
        assertEquals("Handlingsplan Regionrådet for Fjellregionen 2021-2022", plan.getString("title"));
        assertEquals("Regionrådet for Fjellregionen", plan.getString("adoptedBy"));
        assertEquals("2021-05-26", plan.getString("adoptedOn"));
        assertEquals(2021, plan.getInt("periodStart"));
        assertEquals(2022, plan.getInt("periodEnd"));
        assertEquals("Regionrådet for Fjellregionen skal i løpet av 2021-2022 gjennomføre følgende tiltak:",
                plan.getString("measuresIntroduction"));
        assertEquals(paragraphsStartingWith("Denne handlingsplanen").get(0), plan.getString("introduction"));
    }

    @Test
    void shouldHoldEveryGoalWordForWordInPlanOrder() {
        List<String> expected = paragraphsStartingWith("• ").stream().map(p -> p.substring(2)).toList();
        assertEquals(8, expected.size(), "the source document has 8 goals");
        List<String> actual = given().queryParam("strategicPlan", seededStrategicPlanId())
                .get("/api/v1/goals").then().statusCode(200).extract().jsonPath().getList("items.text");
        assertEquals(expected, actual);
    }

    @Test
    void shouldHoldEveryMeasureWordForWordWithItsAnsvarLine() {
        List<String> expectedTexts = paragraphsStartingWith("-").stream()
                .map(p -> p.replaceFirst("^-\\s*", "")).toList();
        List<String> expectedAnsvar = paragraphsStartingWith("Ansvar:").stream()
                .map(p -> p.substring("Ansvar:".length()).trim()).toList();
        assertEquals(22, expectedTexts.size(), "the source document has 22 measures");
        assertEquals(22, expectedAnsvar.size(), "each measure has an Ansvar line");

        JsonPath measures = given().queryParam("actionPlan", seededActionPlanId())
                .get("/api/v1/measures").then().statusCode(200).extract().jsonPath();
        assertEquals(expectedTexts, measures.getList("items.text"));
        assertEquals(expectedAnsvar, measures.getList("items.responsibilityText"));
        assertEquals(List.of(3, 2, 1, 5, 3, 2, 1, 5), countPerGoal(measures.getList("items.goal.number")));
    }

    @Test
    void shouldSplitEveryAnsvarLineIntoLeadsAndPartners() {
        Map<String, String> expected = new LinkedHashMap<>();
        String au = "LEAD Arbeidsutvalget";
        String adm = "LEAD Administrasjonen";
        expected.put("2021-22/1.1", au);
        expected.put("2021-22/1.2", au);
        expected.put("2021-22/1.3", au + "; PARTNER Ansvarlige for arbeidet med felles klima- og energiplaner;"
                + " PARTNER Andre samarbeidspartnere");
        expected.put("2021-22/2.1", au + "; PARTNER Ansvarlige i kommunene");
        expected.put("2021-22/2.2", au);
        expected.put("2021-22/3.1", au);
        expected.put("2021-22/4.1", au);
        expected.put("2021-22/4.2", adm);
        expected.put("2021-22/4.3", au);
        expected.put("2021-22/4.4", au);
        expected.put("2021-22/4.5", au + "; " + adm);
        expected.put("2021-22/5.1", adm + "; PARTNER Ungt Entreprenørskap Innlandet");
        expected.put("2021-22/5.2", au);
        expected.put("2021-22/5.3", adm);
        expected.put("2021-22/6.1", au);
        expected.put("2021-22/6.2", au + "; PARTNER Ungdomsrådet for Fjellregionen");
        expected.put("2021-22/7.1", au + "; " + adm);
        expected.put("2021-22/8.1", au + "; " + adm);
        expected.put("2021-22/8.2", au);
        expected.put("2021-22/8.3", au);
        expected.put("2021-22/8.4", au);
        expected.put("2021-22/8.5", au + "; " + adm);

        JsonPath measures = given().queryParam("actionPlan", seededActionPlanId())
                .get("/api/v1/measures").then().statusCode(200).extract().jsonPath();
        Map<String, String> actual = new LinkedHashMap<>();
        List<Map<String, Object>> items = measures.getList("items");
        for (Map<String, Object> item : items) {
            List<String> parts = new ArrayList<>();
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> responsibilities = (List<Map<String, Object>>) item.get("responsibilities");
            for (Map<String, Object> r : responsibilities) {
                @SuppressWarnings("unchecked")
                Map<String, Object> party = (Map<String, Object>) r.get("party");
                parts.add(r.get("role") + " " + party.get("name"));
            }
            actual.put((String) item.get("reference"), String.join("; ", parts));
        }
        assertEquals(expected, actual);
    }

    @Test
    void shouldShowFjellungdomILedAdministrasjonenWithUngtEntreprenorskapAsPartner() {
        given().queryParam("reference", "2021-22/5.1").get("/api/v1/measures").then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].text", equalTo("gjennomføre «Fjellungdom i klimaskiftet» med fokus på "
                        + "entreprenørskapsarbeidet i skolene, Skapende Ungdomsmesse og klimatoppmøte for ungdom"))
                .body("items[0].responsibilities.role", contains("LEAD", "PARTNER"))
                .body("items[0].responsibilities.party.name",
                        contains("Administrasjonen", "Ungt Entreprenørskap Innlandet"))
                .body("items[0].responsibilities.party.kind", contains("INTERNAL_BODY", "EXTERNAL_ORGANISATION"))
                .body("items[0].responsibilities.wording",
                        contains("Administrasjonen", "Ungt Entreprenørskap Innlandet"))
                .body("items[0].currentStatus.status", equalTo("NOT_REPORTED"));
    }

    @Test
    void shouldListTheFiveInterestPolicyMattersUnderTheGoalOnCommonInterestPolicy() {
        long goalId = given().queryParam("strategicPlan", seededStrategicPlanId()).get("/api/v1/goals")
                .then().statusCode(200).extract().jsonPath().getLong("items.find { it.number == 4 }.id");
        List<String> matters = new ArrayList<>();
        String heading = paragraphsStartingWith("Sentrale interessepolitiske saker er:").get(0);
        for (String part : heading.substring("Sentrale interessepolitiske saker er:".length()).split("\\s-")) {
            if (!part.isBlank()) {
                matters.add(part.replaceFirst("^-", "").trim());
            }
        }
        given().get("/api/v1/goals/{id}", goalId).then()
                .statusCode(200)
                .body("interestPolicy.heading", equalTo("Sentrale interessepolitiske saker er:"))
                .body("interestPolicy.matters", equalTo(matters))
                .body("interestPolicy.matters", hasSize(5))
                .body("measures", hasSize(5))
                .body("section.title", equalTo("Arbeidsmåter og øvrig samarbeid:"));
    }

    @Test
    void shouldNotDuplicateThePlanWhenStartedAgain() {
        int before = given().get("/api/v1/measures").then().statusCode(200).extract().jsonPath()
                .getList("items").size();
        defaultContent.onStart(null);
        defaultContent.onStart(null);
        given().get("/api/v1/measures").then().statusCode(200).body("items", hasSize(before));
        given().get("/api/v1/action-plans").then().statusCode(200)
                .body("items.findAll { it.code == '2021-22' }", hasSize(1));
    }

    static long seededStrategicPlanId() {
        return given().get("/api/v1/strategic-plans").then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.code == '2020-24' }.id");
    }

    static long seededActionPlanId() {
        return given().get("/api/v1/action-plans").then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.code == '2021-22' }.id");
    }

    private static List<Integer> countPerGoal(List<Integer> goalNumbers) {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        goalNumbers.forEach(n -> counts.merge(n, 1, Integer::sum));
        return new ArrayList<>(counts.values());
    }

    /** Paragraphs of the source document (blank-line separated), lines joined by single spaces. */
    private static List<String> paragraphsStartingWith(String prefix) {
        return sourceParagraphs().stream().filter(p -> p.startsWith(prefix)).toList();
    }

    private static List<String> sourceParagraphs() {
        String source;
        try (InputStream in = DefaultContentTest.class
                .getResourceAsStream("/source/handlingsplan-fjellregionen-2021-2022.txt")) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : source.split("\n")) {
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    paragraphs.add(current.toString().replaceAll("\\s+", " ").trim());
                    current.setLength(0);
                }
            } else {
                current.append(line.trim()).append(' ');
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(current.toString().replaceAll("\\s+", " ").trim());
        }
        return paragraphs;
    }
}
