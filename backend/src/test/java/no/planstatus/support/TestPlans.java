package no.planstatus.support;

import static io.restassured.RestAssured.given;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.planstatus.party.PartyKind;
import no.planstatus.period.StandardPeriods;
import no.planstatus.report.Assessment;
import no.planstatus.report.ImplementationStatus;
import no.planstatus.transfer.PlanDocument;
import no.planstatus.transfer.PlanImporter;

/**
 * Creates a small plan of a test's own, with unique codes and party slugs, so that tests never depend on what
 * other tests or earlier runs left in a shared database.
 */
@ApplicationScoped
public class TestPlans {

    private final PlanImporter importer;

    public TestPlans(PlanImporter importer) {
        this.importer = importer;
    }

    /** A plan's codes and the ids the API gave its parts. */
    public record Created(String suffix, String actionPlanCode, long strategicPlanId, long actionPlanId,
            String leadSlug, String partnerSlug, long leadPartyId, long partnerPartyId) {

        public String reference(int goal, int position) {
            return actionPlanCode + "/" + goal + "." + position;
        }

        public long measureId(int goal, int position) {
            return given().queryParam("reference", reference(goal, position))
                    .get("/api/v1/measures").then().statusCode(200)
                    .extract().jsonPath().getLong("items[0].id");
        }
    }

    /**
     * Two goals; goal 1 has measures 1.1 (lead only, reports given), 1.2 (lead with partner), goal 2 has 2.1
     * (partner leads). Reports are attached to measure 1.1.
     */
    public Created create(List<PlanDocument.Report> reportsOnFirstMeasure) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String lead = "lead-" + suffix;
        String partner = "partner-" + suffix;
        String actionPlanCode = "T" + suffix;
        List<PlanDocument.Measure> measures = new ArrayList<>();
        measures.add(new PlanDocument.Measure(actionPlanCode + "/1.1", 1, "første tiltak " + suffix,
                new PlanDocument.Responsibility("Leder", List.of(new PlanDocument.PartyWording(lead, "Leder")),
                        List.of()),
                reportsOnFirstMeasure));
        measures.add(new PlanDocument.Measure(actionPlanCode + "/1.2", 1, "andre tiltak " + suffix,
                new PlanDocument.Responsibility("Leder i samarbeid med partner",
                        List.of(new PlanDocument.PartyWording(lead, "Leder")),
                        List.of(new PlanDocument.PartyWording(partner, "partner"))),
                List.of()));
        measures.add(new PlanDocument.Measure(actionPlanCode + "/2.1", 2, "tredje tiltak " + suffix,
                new PlanDocument.Responsibility("Partner",
                        List.of(new PlanDocument.PartyWording(partner, "Partner")), List.of()),
                List.of()));
        PlanDocument document = new PlanDocument(PlanDocument.FORMAT,
                new PlanDocument.Council("Testrådet " + suffix, "Visjon " + suffix),
                List.of(new PlanDocument.Party(lead, "Leder " + suffix, PartyKind.INTERNAL_BODY),
                        new PlanDocument.Party(partner, "Partner " + suffix, PartyKind.EXTERNAL_ORGANISATION)),
                new PlanDocument.StrategicPlan("S" + suffix, "Strategisk plan " + suffix, 2030, 2034, "Testrådet",
                        "2030-01", "Avslutning " + suffix,
                        List.of(new PlanDocument.Section("Seksjon A " + suffix,
                                List.of(new PlanDocument.Goal(1, "mål én " + suffix, null),
                                        new PlanDocument.Goal(2, "mål to " + suffix,
                                                new PlanDocument.InterestPolicy("Saker:", List.of("a", "b"))))))),
                List.of(new PlanDocument.ActionPlan(actionPlanCode, "Handlingsplan " + suffix, 2031, 2032,
                        "Testrådet", "2031-02-03", "Innledning", "Tiltak:", measures)));
        importer.importNew(document);

        long strategicPlanId = given().get("/api/v1/strategic-plans").then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.code == '" + "S" + suffix + "' }.id");
        long actionPlanId = given().get("/api/v1/action-plans").then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.code == '" + actionPlanCode + "' }.id");
        return new Created(suffix, actionPlanCode, strategicPlanId, actionPlanId, lead, partner,
                partyId(lead), partyId(partner));
    }

    /** The party's id, found by walking the party list a page at a time. */
    public static long partyId(String slug) {
        String cursor = null;
        do {
            var request = given().queryParam("limit", 500);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/parties").then().statusCode(200).extract().jsonPath();
            Long id = page.getObject("items.find { it.slug == '" + slug + "' }?.id", Long.class);
            if (id != null) {
                return id;
            }
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        throw new IllegalStateException("No party " + slug);
    }

    /**
     * The id of the period of the measure's action plan that a report dated {@code date} belongs to: the tertial it
     * falls in, or for September–December the annual report (as the migration maps old reports).
     */
    public static long periodOn(long measureId, Object date) {
        long actionPlanId = given().get("/api/v1/measures/{id}", measureId).then().statusCode(200).extract()
                .jsonPath().getLong("actionPlan.id");
        List<StandardPeriods.Range> periods = given().get("/api/v1/action-plans/{id}/periods", actionPlanId).then()
                .statusCode(200).extract().jsonPath().getList("items", Map.class).stream()
                .map(p -> new StandardPeriods.Range(((Number) p.get("id")).longValue(), (String) p.get("label"),
                        LocalDate.parse((String) p.get("startsOn")), LocalDate.parse((String) p.get("endsOn"))))
                .toList();
        return StandardPeriods.match(periods, null, LocalDate.parse(date.toString())).orElseThrow().id();
    }

    /** The id of the action plan's period with the label. */
    public static long periodId(long actionPlanId, String label) {
        return given().get("/api/v1/action-plans/{id}/periods", actionPlanId).then().statusCode(200).extract()
                .jsonPath().getLong("items.find { it.label == '" + label + "' }.id");
    }

    public static PlanDocument.Report report(LocalDate date, ImplementationStatus status, Assessment assessment,
            Integer percent, String text) {
        return new PlanDocument.Report("Periode " + date, date, status, assessment, percent, text, "Testforfatter",
                Instant.parse("2031-06-01T10:00:00Z"));
    }
}
