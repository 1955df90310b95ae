package no.planstatus.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.planstatus.audit.AuditEvent;
import no.planstatus.change.ChangeKind;
import no.planstatus.common.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Report", description = "A progress report on a measure.")
public record ReportView(
        @Schema(required = true) long id,
        @Schema(required = true, description = "Optimistic-lock version; the ETag of the report.") long version,
        @Schema(required = true) long measureId,
        @Schema(nullable = true, description = "The label of the report's period, or for a report written before "
                + "periods were data and matching none, its free-text period (legacy label).",
                examples = "2. tertial 2022") String period,
        @Schema(nullable = true, description = "The report's period; null for an old report with a legacy label.")
        Long periodId,
        @Schema(required = true, description = "The date the report describes the state at.") LocalDate reportDate,
        @Schema(required = true) ImplementationStatus status,
        @Schema(required = true) Assessment assessment,
        @Schema(nullable = true, minimum = "0", maximum = "100") Integer percentComplete,
        @Schema(required = true) String text,
        @Schema(required = true, description = "In the order given; empty when there are none.") List<Link> links,
        @Schema(required = true, description = "Who wrote the report: the account's display name or the token's name.")
        String author,
        @Schema(required = true) Instant createdAt,
        @Schema(nullable = true, description = "When the report was last corrected; the earlier text is in the "
                + "measure's history.") Instant updatedAt,
        @Schema(nullable = true, description = "Who made the latest correction (at updatedAt), named as authors "
                + "are; null while the report is as first written. The author stays the one who wrote it.")
        String correctedBy,
        @Schema(required = true, description = "Where the report is in review. Public answers only ever hold "
                + "APPROVED reports; the review lists and the author's own list show the others.")
        ReportState state,
        @Schema(nullable = true, description = "When it was submitted (or saved approved); null for a draft and in "
                + "public answers.") Instant submittedAt,
        @Schema(nullable = true, description = "When an editor approved it or sent it back; null in public answers.")
        Instant reviewedAt,
        @Schema(nullable = true, description = "The editor who approved it or sent it back; null in public answers.")
        String reviewedBy,
        @Schema(nullable = true, description = "Why it was sent back, for its author; null in public answers.")
        String reviewComment) implements Versioned {

    @Schema(name = "ReportLink", description = "A link from a progress report.")
    public record Link(
            @Schema(required = true, examples = "https://www.example.no/sak/2022-17") String url,
            @Schema(nullable = true) String title) {
    }

    /**
     * Views of the given reports, with their links loaded in one query and, for corrected reports, who corrected
     * them (from the audit trail) in one more.
     */
    static List<ReportView> of(List<ProgressReport> reports) {
        Map<Long, List<Link>> links = ReportLink.listByReports(reports.stream().map(r -> r.id).toList()).stream()
                .collect(Collectors.groupingBy(l -> l.report.id,
                        Collectors.mapping(l -> new Link(l.url, l.title), Collectors.toList())));
        Map<Long, String> correctors = AuditEvent.latestUpdaters(ChangeKind.Resource.REPORT,
                reports.stream().filter(r -> r.updatedAt != null).map(r -> r.id).toList());
        return reports.stream().map(r -> of(r, links.getOrDefault(r.id, List.of()), correctors.get(r.id))).toList();
    }

    /** The view of a report just corrected by {@code corrector}, before the audit trail records it. */
    static ReportView corrected(ProgressReport report, String corrector) {
        ReportView view = of(report);
        return new ReportView(view.id, view.version, view.measureId, view.period, view.periodId, view.reportDate,
                view.status, view.assessment, view.percentComplete, view.text, view.links, view.author, view.createdAt,
                view.updatedAt, corrector, view.state, view.submittedAt, view.reviewedAt, view.reviewedBy,
                view.reviewComment);
    }

    /**
     * The view public answers give: the same for every caller (they are cached and shared), so without the review's
     * details, which are for editors and the author.
     */
    ReportView forPublic() {
        return new ReportView(id, version, measureId, period, periodId, reportDate, status, assessment,
                percentComplete, text, links, author, createdAt, updatedAt, correctedBy, state, null, null, null, null);
    }

    static ReportView of(ProgressReport report) {
        return of(List.of(report)).get(0);
    }

    private static ReportView of(ProgressReport report, List<Link> links, String correctedBy) {
        return new ReportView(report.id, report.version, report.measure.id, report.periodLabel(), report.periodId(),
                report.reportDate, report.status, report.assessment, report.percentComplete, report.text, links, report.author,
                report.createdAt, report.updatedAt, report.updatedAt == null ? null : correctedBy, report.state,
                report.submittedAt, report.reviewedAt, report.reviewedBy, report.reviewComment);
    }
}
