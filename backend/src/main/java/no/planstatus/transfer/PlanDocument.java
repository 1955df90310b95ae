package no.planstatus.transfer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.planstatus.party.PartyKind;
import no.planstatus.report.Assessment;
import no.planstatus.report.ImplementationStatus;

/**
 * The plan as a file: the format of the default content (src/main/resources/seed) and of import and export.
 * Parties are named by slug and goals by number, so the file has no database ids.
 */
public record PlanDocument(
        String format,
        Council council,
        List<Party> parties,
        StrategicPlan strategicPlan,
        List<ActionPlan> actionPlans) {

    public static final String FORMAT = "planstatus-plan/1";

    public record Council(String name, String vision) {
    }

    public record Party(String slug, String name, PartyKind kind) {
    }

    public record StrategicPlan(String code, String title, int periodStart, int periodEnd, String adoptedBy,
            String adoptedOn, String closingStatement, List<Section> sections) {
    }

    public record Section(String title, List<Goal> goals) {
    }

    public record Goal(int number, String text, InterestPolicy interestPolicy) {
    }

    public record InterestPolicy(String heading, List<String> matters) {
    }

    public record ActionPlan(String code, String title, int periodStart, int periodEnd, String adoptedBy,
            String adoptedOn, String introduction, String measuresIntroduction, List<Measure> measures) {
    }

    public record Measure(String reference, int goal, String text, Responsibility responsibility,
            List<Report> reports) {
    }

    /** The «Ansvar» line verbatim, split into lead bodies and partners. */
    public record Responsibility(String text, List<PartyWording> lead, List<PartyWording> partners) {
    }

    /** A party slug and the words the original uses for it in this line. */
    public record PartyWording(String party, String wording) {
    }

    public record Report(String period, LocalDate reportDate, ImplementationStatus status, Assessment assessment,
            Integer percentComplete, String text, String author, Instant createdAt) {
    }
}
