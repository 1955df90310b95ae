package no.planstatus.period;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import no.planstatus.common.DataRevision;
import org.jboss.logging.Logger;

/**
 * Staleness («Ikke rapportert for 2. tertial 2022») changes when a period's due date passes, without any write.
 * Just after midnight in Oslo, when a period closed overnight, this moves the public data revision on, so that
 * cached public answers, ETags and embeds show the new mark. Every instance may do it; a second move only empties
 * the caches once more.
 */
@ApplicationScoped
public class PeriodBoundaries {

    private static final Logger LOG = Logger.getLogger(PeriodBoundaries.class);

    private final DataRevision revision;

    public PeriodBoundaries(DataRevision revision) {
        this.revision = revision;
    }

    @Scheduled(cron = "20 0 0 * * ?", timeZone = "Europe/Oslo", identity = "period-boundaries",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void atMidnight() {
        closeOvernight(ClosedPeriods.today());
    }

    /** Moves the revision on when a period closed at the start of {@code today}; whether it did. */
    @Transactional
    public boolean closeOvernight(LocalDate today) {
        LocalDate yesterday = today.minusDays(1);
        long closed = ReportingPeriod.count("locked = false and ((dueOn is not null and dueOn = ?1)"
                + " or (dueOn is null and endsOn = ?1))", yesterday);
        if (closed == 0) {
            return false;
        }
        LOG.infof("%d reporting period(s) closed at the start of %s; public answers are refreshed", closed, today);
        revision.bump();
        return true;
    }
}
