package no.planstatus.round;

import java.util.Collection;
import no.planstatus.report.ReportState;

/** Where a measure stands in a round, from the best state of its reports for the round's period. */
public enum Completeness {
    /** An approved report. */
    REPORTED("Rapportert"),
    /** A submitted report, none approved yet. */
    AWAITING_APPROVAL("Venter på godkjenning"),
    /** No report, or only drafts and sent-back ones. */
    MISSING("Mangler");

    private final String label;

    Completeness(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static Completeness of(Collection<ReportState> states) {
        if (states.contains(ReportState.APPROVED)) {
            return REPORTED;
        }
        if (states.contains(ReportState.SUBMITTED)) {
            return AWAITING_APPROVAL;
        }
        return MISSING;
    }
}
