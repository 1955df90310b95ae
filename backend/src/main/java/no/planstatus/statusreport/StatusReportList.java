package no.planstatus.statusreport;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Published status reports, newest period first, every version. */
public record StatusReportList(@Schema(required = true) List<StatusReportSummary> items) {
}
