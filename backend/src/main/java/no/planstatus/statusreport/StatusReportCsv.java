package no.planstatus.statusreport;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A published status report as a spreadsheet, written like the measure export ({@code transfer.MeasureCsv}): UTF-8
 * with a byte order mark, semicolons, CRLF, RFC 4180 quoting, formula-like text behind an apostrophe. The columns
 * are the export's, except that the last, «Mangler rapport» (staleness, which a snapshot does not keep), is the
 * report's comment.
 */
final class StatusReportCsv {

    static final String MEDIA_TYPE = "text/csv; charset=utf-8";

    private static final String BOM = "\uFEFF";
    private static final String SEPARATOR = ";";
    private static final String LINE_END = "\r\n";
    private static final List<String> HEADER = List.of("Referanse", "Mål nr.", "Mål", "Tiltak", "Ansvarlig",
            "Samarbeidspartnere", "Ansvar (slik planen skriver det)", "Status", "Vurdering", "Prosent fullført",
            "Rapportdato", "Periode", "Kommentar");

    private StatusReportCsv() {
    }

    static byte[] write(StatusReportView report) {
        StringBuilder csv = new StringBuilder(BOM);
        row(csv, HEADER);
        for (StatusReportView.GoalEntry goal : report.goals()) {
            for (StatusReportView.MeasureEntry measure : goal.measures()) {
                row(csv, List.of(
                        measure.reference(),
                        String.valueOf(goal.number()),
                        goal.text(),
                        measure.text(),
                        String.join(", ", measure.leads()),
                        String.join(", ", measure.partners()),
                        measure.responsibilityText(),
                        measure.statusLabel(),
                        Objects.toString(measure.assessmentLabel(), ""),
                        Objects.toString(measure.percentComplete(), ""),
                        Objects.toString(measure.reportDate(), ""),
                        Objects.toString(measure.reportPeriodLabel(), ""),
                        Objects.toString(measure.comment(), "")));
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder csv, List<String> fields) {
        csv.append(fields.stream().map(StatusReportCsv::field).collect(Collectors.joining(SEPARATOR)))
                .append(LINE_END);
    }

    static String field(String value) {
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(SEPARATOR) || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    static String fileName(StatusReportView report, String extension) {
        String slug = (report.actionPlanCode() + "-" + report.periodLabel()).toLowerCase(java.util.Locale.ROOT)
                .replace('æ', 'e').replace('ø', 'o').replace('å', 'a')
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "statusrapport-" + slug + "-v" + report.version() + "." + extension;
    }
}
