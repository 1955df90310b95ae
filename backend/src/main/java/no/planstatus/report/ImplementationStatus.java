package no.planstatus.report;

/** How far a measure has come. */
public enum ImplementationStatus {
    NOT_STARTED("Ikke startet"),
    IN_PROGRESS("Pågår"),
    COMPLETED("Fullført"),
    POSTPONED("Utsatt"),
    CANCELLED("Avbrutt");

    private final String label;

    ImplementationStatus(String label) {
        this.label = label;
    }

    /** The status as every server-rendered text names it (embed, feed, CSV). */
    public String label() {
        return label;
    }
}
