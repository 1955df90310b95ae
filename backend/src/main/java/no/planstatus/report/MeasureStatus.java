package no.planstatus.report;

/** A measure's current status: the implementation status of its latest report, or NOT_REPORTED. */
public enum MeasureStatus {
    NOT_REPORTED,
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETED,
    POSTPONED,
    CANCELLED;

    public static MeasureStatus of(ImplementationStatus status) {
        return valueOf(status.name());
    }

    /** «Ikke rapportert», or the label of the implementation status it repeats. */
    public String label() {
        return this == NOT_REPORTED ? "Ikke rapportert" : ImplementationStatus.valueOf(name()).label();
    }
}
