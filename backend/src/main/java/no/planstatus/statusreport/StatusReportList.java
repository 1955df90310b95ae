package no.planstatus.statusreport;

import java.util.List;

/** Published status reports, newest period first, every version. */
public record StatusReportList(List<StatusReportSummary> items) {
}
