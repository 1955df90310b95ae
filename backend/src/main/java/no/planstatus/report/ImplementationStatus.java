package no.planstatus.report;

/** How far a measure has come: ikke startet, pågår, fullført, utsatt, avbrutt. */
public enum ImplementationStatus {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETED,
    POSTPONED,
    CANCELLED
}
