package no.planstatus.transfer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import no.planstatus.report.Assessment;
import no.planstatus.report.ImplementationStatus;
import no.planstatus.security.Role;
import no.planstatus.support.TestAccounts;
import no.planstatus.support.TestPlans;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MeasureCsvTest {

    private static final List<String> HEADER = List.of("Referanse", "Mål nr.", "Mål", "Tiltak", "Ansvarlig",
            "Samarbeidspartnere", "Ansvar (slik planen skriver det)", "Status", "Vurdering", "Prosent fullført",
            "Rapportdato", "Periode", "Mangler rapport");

    @Inject
    TestPlans plans;

    @Test
    void shouldExportTheSeededMeasuresForExcelWithNorwegianCharactersIntact() {
        byte[] bytes = given().queryParam("actionPlan", DefaultContentTest.seededActionPlanId())
                .get("/api/v1/export/measures.csv").then()
                .statusCode(200)
                .header("Content-Type", equalTo("text/csv; charset=utf-8"))
                .header("Content-Disposition", equalTo("attachment; filename=\"tiltak-2021-22.csv\""))
                .extract().asByteArray();

        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3),
                "UTF-8 byte order mark, so that Excel reads the file as UTF-8");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\r\n"));
        assertEquals(-1, text.replace("\r\n", "").indexOf('\n'), "every line ends with CRLF");
        List<List<String>> rows = parse(text);
        assertEquals(HEADER, rows.get(0));
        assertEquals(23, rows.size(), "header and the 22 measures");
        List<String> fjellungdom = rows.stream().filter(row -> row.get(0).equals("2021-22/5.1")).findFirst()
                .orElseThrow();
        assertEquals(List.of("2021-22/5.1", "5",
                "Ungdomsmedvirkning og ungt entreprenørskap skal kjennetegne regionen. Ungdommen skal involveres "
                        + "aktivt i utvikling av regionen gjennom det frivillige samarbeidet i Ungdomsrådet for "
                        + "Fjellregionen og ungdomsrådene i kommunene.",
                "gjennomføre «Fjellungdom i klimaskiftet» med fokus på entreprenørskapsarbeidet i skolene, Skapende "
                        + "Ungdomsmesse og klimatoppmøte for ungdom",
                "Administrasjonen", "Ungt Entreprenørskap Innlandet",
                "Administrasjonen i samarbeid med Ungt Entreprenørskap Innlandet",
                "Ikke rapportert", "", "", "", "", staleLabel("2021-22/5.1")), fjellungdom);
    }

    /** What the API says the measure lacks («Ikke rapportert for …»), or "" when it is up to date. */
    private static String staleLabel(String reference) {
        var staleness = given().queryParam("reference", reference).get("/api/v1/measures").then().statusCode(200)
                .extract().jsonPath();
        return staleness.getBoolean("items[0].staleness.stale") ? staleness.getString("items[0].staleness.label") : "";
    }

    @Test
    void shouldQuoteSeparatorsQuotesAndLineBreaksAndDisarmFormulas() throws IOException {
        TestPlans.Created plan = plans.create(List.of(TestPlans.report(LocalDate.of(2031, 9, 30),
                ImplementationStatus.IN_PROGRESS, Assessment.AT_RISK, 35, "godt i gang")));
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        ObjectNode document = (ObjectNode) new ObjectMapper().readTree(new String(given()
                .queryParam("strategicPlan", plan.strategicPlanId()).get("/api/v1/export/plan").then()
                .statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8).replace(plan.suffix(), suffix));
        ((ObjectNode) document.at("/actionPlans/0/measures/0")).put("text", "Si \"hei\"; og\nha det");
        ((ObjectNode) document.at("/actionPlans/0/measures/1")).put("text", "=SUM(A1:A2)");
        TestAccounts.create(Role.EDITOR, null).session().body(document).post("/api/v1/import/plan").then()
                .statusCode(200);
        long actionPlanId = given().get("/api/v1/action-plans").then().extract().jsonPath()
                .getLong("items.find { it.code == 'T" + suffix + "' }.id");

        String text = given().queryParam("actionPlan", actionPlanId).get("/api/v1/export/measures.csv").then()
                .statusCode(200).extract().asString();

        assertTrue(text.contains(";\"Si \"\"hei\"\"; og\nha det\";"), text);
        assertEquals('\uFEFF', text.charAt(0));
        List<List<String>> rows = parse(text.substring(1));
        assertEquals(4, rows.size());
        assertEquals(List.of("T" + suffix + "/1.1", "1", "mål én " + suffix, "Si \"hei\"; og\nha det",
                "Leder " + suffix, "", "Leder", "Pågår", "Risiko for avvik", "35", "2031-09-30", "Periode 2031-09-30", ""),
                rows.get(1));
        assertEquals("'=SUM(A1:A2)", rows.get(2).get(3));
        assertEquals("Partner " + suffix, rows.get(2).get(5));
    }

    @Test
    void shouldAnswer404ForAnUnknownActionPlan() {
        given().queryParam("actionPlan", 987654321L).get("/api/v1/export/measures.csv").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:planstatus:problem:not-found"));
    }

    /** RFC 4180 with semicolons: what Excel does when it opens the file. */
    private static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}
