package no.planstatus.report;

/**
 * Where a report is in review. Only an approved report counts as the measure's status and is public; the others
 * are seen by editors and by their author.
 */
public enum ReportState {
    /** Kept by its author, not yet submitted. */
    DRAFT("Utkast"),
    /** Waiting for an editor's approval. */
    SUBMITTED("Venter på godkjenning"),
    /** Sent back to its author with a comment. */
    RETURNED("Sendt tilbake"),
    APPROVED("Godkjent");

    private final String label;

    ReportState(String label) {
        this.label = label;
    }

    /** The Norwegian label the web app, e-mails and exports show. */
    public String label() {
        return label;
    }
}
