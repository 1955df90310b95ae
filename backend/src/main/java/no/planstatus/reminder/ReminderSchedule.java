package no.planstatus.reminder;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicReference;
import no.planstatus.common.PlanstatusConfig;
import org.jboss.logging.Logger;

/**
 * Sends the day's reminders once a day, at PLANSTATUS_REMINDERS_AT in PLANSTATUS_REMINDERS_ZONE (08:00
 * Europe/Oslo). Each instance looks every {@code planstatus.reminders.check-every} whether the time has come and
 * then runs once that day, so an instance started after the hour still sends that day; several instances on one
 * database send each reminder once ({@link ReminderService}).
 */
@ApplicationScoped
public class ReminderSchedule {

    private static final Logger LOG = Logger.getLogger(ReminderSchedule.class);

    private final ReminderService reminders;
    private final PlanstatusConfig config;
    private final AtomicReference<LocalDate> lastRun = new AtomicReference<>();

    public ReminderSchedule(ReminderService reminders, PlanstatusConfig config) {
        this.reminders = reminders;
        this.config = config;
    }

    @Scheduled(identity = "reminders", every = "${planstatus.reminders.check-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        ZonedDateTime now = ZonedDateTime.now(config.reminders().zone());
        LocalDate today = now.toLocalDate();
        if (now.toLocalTime().isBefore(config.reminders().at()) || today.equals(lastRun.get())) {
            return;
        }
        try {
            var runs = reminders.sendDue(today);
            lastRun.set(today);
            int sent = runs.stream().mapToInt(ReminderRun::sent).sum();
            if (sent > 0) {
                LOG.infof("Sendte %d påminnelser for %s", sent, today);
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "Påminnelsene for %s ble ikke sendt; prøver igjen om litt", today);
        }
    }
}
