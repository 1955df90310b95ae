package no.planstatus.transfer;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.planstatus.party.PartyKind;
import no.planstatus.plan.IsoDateOrMonth;
import no.planstatus.report.Assessment;
import no.planstatus.report.HttpUrl;
import no.planstatus.report.ImplementationStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The plan as a file: the format of the default content (src/main/resources/seed) and of import and export.
 * Parties are named by slug, goals by number and measures by their stable reference, so the file has no database
 * ids. The constraints mirror the editing API's, so a file that imports could also have been typed in.
 */
@Schema(name = "PlanDocument", description = "A strategic plan with its action plans, measures, responsibilities "
        + "and progress reports, as one file (format planstatus-plan/1). Parties are named by slug, goals by "
        + "number and measures by their stable reference; the file has no database ids.")
public record PlanDocument(
        @NotNull(message = "må fylles ut")
        @Pattern(regexp = "planstatus-plan/1", message = "må være «planstatus-plan/1»")
        @Schema(required = true, examples = FORMAT) String format,
        @NotNull(message = "må fylles ut") @Valid @Schema(required = true) Council council,
        @NotNull(message = "må fylles ut")
        @Schema(required = true, description = "The parties the measures name, by slug.")
        List<@NotNull(message = "må fylles ut") @Valid Party> parties,
        @NotNull(message = "må fylles ut") @Valid @Schema(required = true) StrategicPlan strategicPlan,
        @NotNull(message = "må fylles ut") @Schema(required = true)
        List<@NotNull(message = "må fylles ut") @Valid ActionPlan> actionPlans) {

    public static final String FORMAT = "planstatus-plan/1";

    @Schema(name = "PlanDocumentCouncil", description = "The regional council, found by its name.")
    public record Council(
            @NotBlank(message = "må fylles ut") @Size(max = 200, message = "kan ha høyst 200 tegn")
            @Schema(required = true) String name,
            @Size(max = 1000, message = "kan ha høyst 1000 tegn") @Schema(nullable = true) String vision) {
    }

    @Schema(name = "PlanDocumentParty", description = "A responsible body, found by its slug.")
    public record Party(
            @NotBlank(message = "må fylles ut") @Size(max = 100, message = "kan ha høyst 100 tegn")
            @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                    message = "kan bare ha små bokstaver a–z, tall og bindestrek mellom ordene")
            @Schema(required = true, examples = "administrasjonen") String slug,
            @NotBlank(message = "må fylles ut") @Size(max = 200, message = "kan ha høyst 200 tegn")
            @Schema(required = true) String name,
            @NotNull(message = "må fylles ut") @Schema(required = true) PartyKind kind) {
    }

    @Schema(name = "PlanDocumentStrategicPlan", description = "The strategic plan, found by its code.")
    public record StrategicPlan(
            @NotBlank(message = "må fylles ut") @Size(max = 40, message = "kan ha høyst 40 tegn")
            @Pattern(regexp = "[\\p{L}\\p{N}._-]+", message = "kan bare ha bokstaver, tall og . _ -")
            @Schema(required = true, examples = "2020-24") String code,
            @NotBlank(message = "må fylles ut") @Size(max = 300, message = "kan ha høyst 300 tegn")
            @Schema(required = true) String title,
            @Min(value = 1000, message = "må være et årstall med fire sifre")
            @Max(value = 9999, message = "må være et årstall med fire sifre")
            @Schema(required = true) int periodStart,
            @Min(value = 1000, message = "må være et årstall med fire sifre")
            @Max(value = 9999, message = "må være et årstall med fire sifre")
            @Schema(required = true) int periodEnd,
            @Size(max = 200, message = "kan ha høyst 200 tegn") @Schema(nullable = true) String adoptedBy,
            @IsoDateOrMonth @Size(max = 10, message = "kan ha høyst 10 tegn")
            @Schema(nullable = true, description = "ISO 8601 date, or year-month.", examples = "2020-06")
            String adoptedOn,
            @Size(max = 4000, message = "kan ha høyst 4000 tegn") @Schema(nullable = true) String closingStatement,
            @NotNull(message = "må fylles ut")
            @Schema(required = true, description = "In plan order; a section is found by its place in the list.")
            List<@NotNull(message = "må fylles ut") @Valid Section> sections) {
    }

    @Schema(name = "PlanDocumentSection", description = "A heading of the strategic plan and its goals.")
    public record Section(
            @NotBlank(message = "må fylles ut") @Size(max = 500, message = "kan ha høyst 500 tegn")
            @Schema(required = true) String title,
            @NotNull(message = "må fylles ut") @Schema(required = true)
            List<@NotNull(message = "må fylles ut") @Valid Goal> goals) {
    }

    @Schema(name = "PlanDocumentGoal", description = "A goal, found by its number in the strategic plan.")
    public record Goal(
            @Positive(message = "må være et positivt heltall") @Schema(required = true) int number,
            @NotBlank(message = "må fylles ut") @Size(max = 4000, message = "kan ha høyst 4000 tegn")
            @Schema(required = true) String text,
            // Left out rather than null, as in the default content file, where most goals have none.
            @JsonInclude(JsonInclude.Include.NON_NULL) @Valid
            @Schema(description = "Only on goals that list interest-policy matters.") InterestPolicy interestPolicy) {
    }

    @Schema(name = "PlanDocumentInterestPolicy")
    public record InterestPolicy(
            @NotBlank(message = "må fylles ut") @Size(max = 500, message = "kan ha høyst 500 tegn")
            @Schema(required = true) String heading,
            @NotNull(message = "må fylles ut") @Size(max = 50, message = "kan ha høyst 50 saker")
            @Schema(required = true)
            List<@NotBlank(message = "må fylles ut") @Size(max = 500, message = "kan ha høyst 500 tegn") String> matters) {
    }

    @Schema(name = "PlanDocumentActionPlan", description = "An action plan, found by its code.")
    public record ActionPlan(
            @NotBlank(message = "må fylles ut") @Size(max = 40, message = "kan ha høyst 40 tegn")
            @Pattern(regexp = "[\\p{L}\\p{N}._-]+", message = "kan bare ha bokstaver, tall og . _ -")
            @Schema(required = true, examples = "2021-22") String code,
            @NotBlank(message = "må fylles ut") @Size(max = 300, message = "kan ha høyst 300 tegn")
            @Schema(required = true) String title,
            @Min(value = 1000, message = "må være et årstall med fire sifre")
            @Max(value = 9999, message = "må være et årstall med fire sifre")
            @Schema(required = true) int periodStart,
            @Min(value = 1000, message = "må være et årstall med fire sifre")
            @Max(value = 9999, message = "må være et årstall med fire sifre")
            @Schema(required = true) int periodEnd,
            @Size(max = 200, message = "kan ha høyst 200 tegn") @Schema(nullable = true) String adoptedBy,
            @IsoDateOrMonth @Size(max = 10, message = "kan ha høyst 10 tegn")
            @Schema(nullable = true, description = "ISO 8601 date, or year-month.", examples = "2021-05-26")
            String adoptedOn,
            @Size(max = 4000, message = "kan ha høyst 4000 tegn") @Schema(nullable = true) String introduction,
            @Size(max = 1000, message = "kan ha høyst 1000 tegn") @Schema(nullable = true)
            String measuresIntroduction,
            @NotNull(message = "må fylles ut")
            @Schema(required = true, description = "Ordered by goal; the order under a goal is the measures' order.")
            List<@NotNull(message = "må fylles ut") @Valid Measure> measures) {
    }

    @Schema(name = "PlanDocumentMeasure", description = "A measure, found by its stable reference.")
    public record Measure(
            @NotBlank(message = "må fylles ut") @Size(max = 60, message = "kan ha høyst 60 tegn")
            @Pattern(regexp = "[\\p{L}\\p{N}./_-]+", message = "kan bare ha bokstaver, tall og . / _ -")
            @Schema(required = true, examples = "2021-22/5.1") String reference,
            @Positive(message = "må være et positivt heltall")
            @Schema(required = true, description = "The number of the goal it carries out.") int goal,
            @NotBlank(message = "må fylles ut") @Size(max = 4000, message = "kan ha høyst 4000 tegn")
            @Schema(required = true) String text,
            @NotNull(message = "må fylles ut") @Valid @Schema(required = true) Responsibility responsibility,
            @Schema(description = "Oldest first; an absent list is empty.")
            List<@NotNull(message = "må fylles ut") @Valid Report> reports) {
    }

    /** The «Ansvar» line verbatim, split into lead bodies and partners. */
    @Schema(name = "PlanDocumentResponsibility", description = "The «Ansvar» line verbatim, split into lead bodies "
            + "and partners.")
    public record Responsibility(
            @NotBlank(message = "må fylles ut") @Size(max = 1000, message = "kan ha høyst 1000 tegn")
            @Schema(required = true) String text,
            @Schema(description = "An absent list is empty.")
            List<@NotNull(message = "må fylles ut") @Valid PartyWording> lead,
            @Schema(description = "An absent list is empty.")
            List<@NotNull(message = "må fylles ut") @Valid PartyWording> partners) {
    }

    /** A party slug and the words the original uses for it in this line. */
    @Schema(name = "PlanDocumentPartyWording", description = "A party by slug, and the words the «Ansvar» line "
            + "uses for it.")
    public record PartyWording(
            @NotBlank(message = "må fylles ut") @Schema(required = true, examples = "administrasjonen") String party,
            @NotBlank(message = "må fylles ut") @Size(max = 500, message = "kan ha høyst 500 tegn")
            @Schema(required = true, examples = "Administrasjonen") String wording) {
    }

    @Schema(name = "PlanDocumentReport", description = "A progress report. Within its measure it is found by "
            + "createdAt, or, without one, by report date and text.")
    public record Report(
            @Size(max = 100, message = "kan ha høyst 100 tegn") @Schema(nullable = true) String period,
            @NotNull(message = "må fylles ut") @Schema(required = true) LocalDate reportDate,
            @NotNull(message = "må fylles ut") @Schema(required = true) ImplementationStatus status,
            @NotNull(message = "må fylles ut") @Schema(required = true) Assessment assessment,
            @Min(value = 0, message = "må være mellom 0 og 100") @Max(value = 100, message = "må være mellom 0 og 100")
            @Schema(nullable = true) Integer percentComplete,
            @NotBlank(message = "må fylles ut") @Size(max = 8000, message = "kan ha høyst 8000 tegn")
            @Schema(required = true) String text,
            @NotBlank(message = "må fylles ut") @Size(max = 200, message = "kan ha høyst 200 tegn")
            @Schema(required = true) String author,
            @Schema(nullable = true, description = "Kept as given; the time of import when absent.") Instant createdAt,
            @Size(max = 10, message = "kan ha høyst 10 lenker")
            @Schema(description = "In the order given; an absent list is empty.")
            List<@NotNull(message = "må fylles ut") @Valid Link> links) {

        /** A report without links. */
        public Report(String period, LocalDate reportDate, ImplementationStatus status, Assessment assessment,
                Integer percentComplete, String text, String author, Instant createdAt) {
            this(period, reportDate, status, assessment, percentComplete, text, author, createdAt, List.of());
        }
    }

    @Schema(name = "PlanDocumentLink", description = "A link from a progress report.")
    public record Link(
            @NotBlank(message = "må fylles ut") @Size(max = 2000, message = "kan ha høyst 2000 tegn") @HttpUrl
            @Schema(required = true) String url,
            @Size(max = 300, message = "kan ha høyst 300 tegn") @Schema(nullable = true) String title) {
    }
}
