package no.planstatus.measure;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Whether a measure is behind: it has no approved report for its action plan's latest closed period (see
 * period.ClosedPeriods). A completed or cancelled measure is never behind; nor is a measure of a plan without a
 * closed period.
 */
@Schema(name = "Staleness", description = "Whether the measure lacks an approved report for the latest closed "
        + "reporting period of its action plan (locked, or past its due date).")
public record Staleness(
        @Schema(required = true, description = "True when the measure is behind; filter with `stale=true`.")
        boolean stale,
        @Schema(nullable = true, description = "The latest closed period of the measure's action plan, if any.")
        Long periodId,
        @Schema(nullable = true, examples = "2. tertial 2022") String periodLabel,
        @Schema(nullable = true, description = "What the web app, embeds and CSV show when stale.",
                examples = "Ikke rapportert for 2. tertial 2022") String label) {

    public static final Staleness NO_CLOSED_PERIOD = new Staleness(false, null, null, null);

    static Staleness of(boolean stale, long periodId, String periodLabel) {
        return new Staleness(stale, periodId, periodLabel, stale ? "Ikke rapportert for " + periodLabel : null);
    }
}
