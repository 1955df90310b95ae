package no.planstatus.statusreport;

import no.planstatus.report.StatusCounts;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import no.planstatus.common.NorwegianDates;

/**
 * A published status report as a tagged PDF for the council's case papers (PDF/UA: structure tags, document
 * language nb, title, one bookmark per goal), rendered by openhtmltopdf from the XHTML of
 * {@code templates/statusreport/report.html}. The font, DejaVu Sans, is embedded from the application's own
 * resources ({@code fonts/}, with its licence), so the PDF never depends on the fonts of the machine.
 */
@ApplicationScoped
public class StatusReportPdf {

    static final String MEDIA_TYPE = "application/pdf";
    private static final String FONT_FAMILY = "DejaVu Sans";
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final Template template;
    private final byte[] regular = font("fonts/DejaVuSans.ttf");
    private final byte[] bold = font("fonts/DejaVuSans-Bold.ttf");

    static {
        XRLog.setLoggerImpl(new PdfLog());
    }

    public StatusReportPdf(@Location("statusreport/report.html") Template template) {
        this.template = template;
    }

    /** The report's XHTML, as the PDF is rendered from it. */
    String xhtml(StatusReportView report) {
        return template.data("page", Page.of(report)).render();
    }

    byte[] render(StatusReportView report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400,
                BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700,
                BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.withHtmlContent(xhtml(report), null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render status report " + report.id() + " as PDF", e);
        }
        return out.toByteArray();
    }

    private static byte[] font(String resource) {
        try (InputStream in = StatusReportPdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the template shows, every text ready. */
    @TemplateData
    public record Page(String title, String subject, String council, String strategicPlanTitle, String actionPlan,
            String period, String periodRange, String adopted, String publishedOn, int version, String correction,
            List<StatusCounts.StatusCount> byStatus, List<StatusCounts.AssessmentCount> byAssessment, int total,
            String changesHeading, List<StatusReportView.ChangeLine> changes, List<GoalSection> goals,
            List<AppendixRow> appendix) {

        static Page of(StatusReportView r) {
            String adopted = null;
            if (r.adoptedBy() != null || r.adoptedOn() != null) {
                adopted = "Vedtatt" + (r.adoptedBy() == null ? "" : " av " + r.adoptedBy())
                        + (r.adoptedOn() == null ? "" : " den " + adoptedOn(r.adoptedOn()));
            }
            String correction = r.correction() == null ? null
                    : "Rettet versjon (versjon " + r.version() + " erstatter versjon " + (r.version() - 1) + "): "
                            + r.correction().reason();
            List<GoalSection> goals = new ArrayList<>();
            for (StatusReportView.GoalEntry goal : r.goals()) {
                goals.add(new GoalSection("mal-" + goal.number(), "Mål " + goal.number() + ": " + goal.text(),
                        bookmark(goal), goal.measures().stream().map(Row::of).toList()));
            }
            String changesHeading = r.changesSincePrevious().previousTitle() == null ? null
                    : "Endringer siden «" + r.changesSincePrevious().previousTitle() + "»";
            return new Page(r.title(), r.actionPlanTitle() + ", " + r.periodLabel(), r.council(),
                    r.strategicPlanTitle(), r.actionPlanTitle() + " (" + r.actionPlanCode() + ")", r.periodLabel(),
                    NorwegianDates.range(r.periodStartsOn(), r.periodEndsOn()), adopted,
                    NorwegianDates.format(LocalDate.ofInstant(r.publishedAt(), OSLO)), r.version(), correction,
                    r.counts().byStatus(), r.counts().byAssessment(), r.counts().total(), changesHeading,
                    r.changesSincePrevious().lines(), goals,
                    r.appendix().stream().map(l -> new AppendixRow(l.reference(), l.url(), l.title(),
                            l.title() == null || l.title().isBlank() ? l.url() : l.title())).toList());
        }

        private static String bookmark(StatusReportView.GoalEntry goal) {
            String text = goal.text().length() > 90 ? goal.text().substring(0, 89).trim() + "…" : goal.text();
            return "Mål " + goal.number() + ": " + text;
        }

        /** An ISO date as «3. februar 2031»; a month or anything else as written. */
        private static String adoptedOn(String value) {
            try {
                return NorwegianDates.format(LocalDate.parse(value));
            } catch (java.time.format.DateTimeParseException e) {
                return value;
            }
        }
    }

    @TemplateData
    public record GoalSection(String anchor, String heading, String bookmark, List<Row> rows) {
    }

    @TemplateData
    public record Row(String reference, String text, String responsibility, String status, String assessment,
            String percent, String reportNote, String comment) {

        static Row of(StatusReportView.MeasureEntry m) {
            List<String> names = new ArrayList<>(m.leads());
            String responsibility = names.isEmpty() ? m.responsibilityText() : String.join(", ", names);
            if (!m.partners().isEmpty()) {
                responsibility += " (i samarbeid med " + String.join(", ", m.partners()) + ")";
            }
            String note = m.reportDate() == null ? null
                    : Objects.toString(m.reportPeriodLabel(), "Rapport") + ", " + NorwegianDates.format(m.reportDate());
            return new Row(m.reference(), m.text(), responsibility, m.statusLabel(),
                    Objects.toString(m.assessmentLabel(), "–"),
                    m.percentComplete() == null ? "–" : m.percentComplete() + " %", note,
                    Objects.toString(m.comment(), ""));
        }
    }

    @TemplateData
    public record AppendixRow(String reference, String url, String title, String label) {
    }
}
