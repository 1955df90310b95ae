package no.planstatus.reminder;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A round's send log, newest first.")
public record ReminderLogList(@Schema(required = true) List<ReminderLogEntry> items) {
}
