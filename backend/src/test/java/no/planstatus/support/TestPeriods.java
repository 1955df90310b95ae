package no.planstatus.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.planstatus.measure.Measure;
import no.planstatus.period.PeriodKind;
import no.planstatus.period.ReportingPeriod;
import no.planstatus.plan.ActionPlan;
import no.planstatus.report.Assessment;
import no.planstatus.report.ImplementationStatus;
import no.planstatus.report.ProgressReport;
import no.planstatus.report.ReportState;

/**
 * Reporting periods and reports in a given review state, written straight to the database: tests of rounds need
 * them before the periods API and the review workflow exist (and without depending on how those write).
 */
public final class TestPeriods {

    private TestPeriods() {
    }

    /** A period of the test's own on the action plan, with a unique label, so no other test's round is in it. */
    public static long create(long actionPlanId, LocalDate startsOn, LocalDate endsOn) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ReportingPeriod period = new ReportingPeriod();
            period.actionPlan = ActionPlan.findById(actionPlanId);
            period.kind = PeriodKind.OTHER;
            period.label = "Testperiode " + UUID.randomUUID().toString().substring(0, 8);
            period.startsOn = startsOn;
            period.endsOn = endsOn;
            period.dueOn = endsOn.plusMonths(1);
            period.persist();
            return period.id;
        });
    }

    /** A report on the measure for the period, in the given state, by the given account (or none). */
    public static long report(long measureId, long periodId, ReportState state, Long authorAccountId,
            String text) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ProgressReport report = new ProgressReport();
            report.measure = Measure.findById(measureId);
            report.reportingPeriod = ReportingPeriod.findById(periodId);
            report.state = state;
            report.authorAccountId = authorAccountId;
            report.reportDate = report.reportingPeriod.endsOn;
            report.status = ImplementationStatus.IN_PROGRESS;
            report.assessment = Assessment.ON_TRACK;
            report.percentComplete = 40;
            report.text = text;
            report.author = "Testforfatter";
            report.createdAt = Instant.now();
            report.submittedAt = state == ReportState.DRAFT ? null : Instant.now();
            report.reviewComment = state == ReportState.RETURNED ? "Skriv mer om framdriften." : null;
            report.persist();
            return report.id;
        });
    }
}
