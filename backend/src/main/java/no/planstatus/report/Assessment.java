package no.planstatus.report;

/** The reporter's judgement of whether the measure will be carried out as planned. */
public enum Assessment {
    ON_TRACK("I rute"),
    AT_RISK("Risiko for avvik"),
    OFF_TRACK("Ikke i rute");

    private final String label;

    Assessment(String label) {
        this.label = label;
    }

    /** The assessment as every server-rendered text names it (embed, feed, CSV). */
    public String label() {
        return label;
    }
}
