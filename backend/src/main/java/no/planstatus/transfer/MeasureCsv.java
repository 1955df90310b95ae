package no.planstatus.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import no.planstatus.common.ApiProblem;
import no.planstatus.measure.MeasureFilter;
import no.planstatus.measure.MeasureService;
import no.planstatus.measure.MeasureSummary;
import no.planstatus.plan.ActionPlan;
import no.planstatus.report.CurrentStatus;
import no.planstatus.responsibility.ResponsibilityRole;
import no.planstatus.responsibility.ResponsibilityView;

/**
 * Measures with their current status as a spreadsheet that Excel opens correctly with a Norwegian locale: UTF-8
 * with a byte order mark (without it Excel reads the file as Windows-1252 and garbles æøå), semicolons between
 * fields (the list separator where the decimal separator is a comma), CRLF line ends, and RFC 4180 quoting.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MeasureCsv {

    public static final String MEDIA_TYPE = "text/csv; charset=utf-8";

    private static final String BOM = "\uFEFF";
    private static final String SEPARATOR = ";";
    private static final String LINE_END = "\r\n";
    private static final List<String> HEADER = List.of("Referanse", "Mål nr.", "Mål", "Tiltak", "Ansvarlig",
            "Samarbeidspartnere", "Ansvar (slik planen skriver det)", "Status", "Vurdering", "Prosent fullført",
            "Rapportdato", "Periode", "Mangler rapport");

    private final MeasureService measures;

    public MeasureCsv(MeasureService measures) {
        this.measures = measures;
    }

    /** A file and the name to save it under. */
    public record Attachment(String fileName, byte[] content) {
    }

    /** The measures of one action plan, or of all, in plan order. */
    public Attachment export(Long actionPlanId) {
        String fileName = "tiltak.csv";
        if (actionPlanId != null) {
            ActionPlan plan = ActionPlan.<ActionPlan>findByIdOptional(actionPlanId)
                    .orElseThrow(() -> ApiProblem.notFound("Handlingsplan", actionPlanId));
            fileName = "tiltak-" + plan.code + ".csv";
        }
        return new Attachment(fileName, write(actionPlanId));
    }

    private byte[] write(Long actionPlanId) {
        StringBuilder csv = new StringBuilder(BOM);
        row(csv, HEADER);
        for (MeasureSummary measure : measures.list(new MeasureFilter(null, actionPlanId, null, null, null, null,
                null))) {
            CurrentStatus status = measure.currentStatus();
            row(csv, List.of(
                    measure.reference(),
                    String.valueOf(measure.goal().number()),
                    measure.goal().text(),
                    measure.text(),
                    parties(measure.responsibilities(), ResponsibilityRole.LEAD),
                    parties(measure.responsibilities(), ResponsibilityRole.PARTNER),
                    measure.responsibilityText(),
                    status.status().label(),
                    status.assessment() == null ? "" : status.assessment().label(),
                    Objects.toString(status.percentComplete(), ""),
                    Objects.toString(status.reportDate(), ""),
                    Objects.toString(status.period(), ""),
                    measure.staleness().stale() ? measure.staleness().label() : ""));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String parties(List<ResponsibilityView> responsibilities, ResponsibilityRole role) {
        return responsibilities.stream().filter(r -> r.role() == role).map(r -> r.party().name())
                .collect(Collectors.joining(", "));
    }

    private static void row(StringBuilder csv, List<String> fields) {
        csv.append(fields.stream().map(MeasureCsv::field).collect(Collectors.joining(SEPARATOR))).append(LINE_END);
    }

    /**
     * Quotes a field that holds a separator, quote or line break, doubling its quotes. Text that starts like a
     * formula gets a leading apostrophe, so that a spreadsheet shows it instead of evaluating it.
     */
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
}
