package db.migration;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.planstatus.period.StandardPeriods;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jboss.logging.Logger;

/**
 * Reporting periods as data (issue 10), for what is stored already:
 * <ol>
 * <li>every action plan gets the standard periods of its years ({@link StandardPeriods#forYears}: «1. tertial»,
 * «2. tertial» and «Årsrapport» per year), as the application gives a new plan;</li>
 * <li>every report gets its period from its free-text period ({@link StandardPeriods#match}): a text that reads
 * «N. tertial YYYY» or «Årsrapport YYYY» (in any case and spacing) maps to that period of its measure's action plan,
 * and the text is cleared. A text that names no period of the plan («Juni 2022», «banan», a year outside the plan)
 * stays as the report's legacy label, without a period, and is logged at INFO with the report's id, its measure's
 * reference and the text, so that an editor can fix them by hand. A report without a period text lands in the
 * period its report date falls in, the shortest one: the tertial (January–April, May–August) or, for
 * September–December, the year's annual report, because that is the report its author would have written then.</li>
 * </ol>
 * Plain JDBC that runs unchanged on H2 and PostgreSQL; only the sequence call differs. Running it again adds nothing
 * and maps only reports that have no period yet.
 */
public class V12__reporting_periods extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V12__reporting_periods.class);

    @Override
    public void migrate(Context context) throws SQLException {
        mapPeriods(context.getConnection());
    }

    /** The migration's work on any connection; tests run it on rows they wrote in the old shape. */
    public static void mapPeriods(Connection connection) throws SQLException {
        Map<Long, List<StandardPeriods.Range>> periodsByPlan = new HashMap<>();
        try (Statement plans = connection.createStatement();
                ResultSet rows = plans.executeQuery("SELECT id, period_start, period_end FROM action_plan")) {
            while (rows.next()) {
                long planId = rows.getLong(1);
                periodsByPlan.put(planId, generate(connection, planId, rows.getInt(2), rows.getInt(3)));
            }
        }
        String reports = "SELECT r.id, r.period, r.report_date, m.reference, m.action_plan_id FROM progress_report r "
                + "JOIN measure m ON m.id = r.measure_id WHERE r.period_id IS NULL ORDER BY r.id";
        try (Statement select = connection.createStatement(); ResultSet rows = select.executeQuery(reports);
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE progress_report SET period_id = ?, period = NULL WHERE id = ?")) {
            int mapped = 0;
            int kept = 0;
            while (rows.next()) {
                long reportId = rows.getLong(1);
                String text = rows.getString(2);
                LocalDate reportDate = rows.getDate(3).toLocalDate();
                Optional<StandardPeriods.Range> period = StandardPeriods.match(
                        periodsByPlan.getOrDefault(rows.getLong(5), List.of()), text, reportDate);
                if (period.isPresent()) {
                    update.setLong(1, period.get().id());
                    update.setLong(2, reportId);
                    update.addBatch();
                    mapped++;
                } else {
                    kept++;
                    LOG.infof("Report %d on measure %s keeps its period «%s» as a legacy label: it names no period "
                            + "of the action plan", reportId, rows.getString(4), text == null ? "" : text);
                }
            }
            update.executeBatch();
            LOG.infof("Reporting periods: %d reports mapped to a period, %d keep a legacy label", mapped, kept);
        }
    }

    /** Adds the plan's missing standard periods; returns all its periods. */
    private static List<StandardPeriods.Range> generate(Connection connection, long planId, int from, int to)
            throws SQLException {
        List<StandardPeriods.Range> periods = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, label, starts_on, ends_on FROM reporting_period WHERE action_plan_id = ?")) {
            select.setLong(1, planId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    periods.add(new StandardPeriods.Range(rows.getLong(1), rows.getString(2),
                            rows.getDate(3).toLocalDate(), rows.getDate(4).toLocalDate()));
                }
            }
        }
        String nextId = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")
                ? "SELECT nextval('reporting_period_seq')" : "SELECT NEXT VALUE FOR reporting_period_seq";
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO reporting_period "
                + "(id, version, action_plan_id, kind, label, starts_on, ends_on, due_on, locked) "
                + "VALUES (?, 0, ?, ?, ?, ?, ?, ?, FALSE)")) {
            for (StandardPeriods.Spec spec : StandardPeriods.forYears(from, to)) {
                if (periods.stream().anyMatch(p -> p.label().equalsIgnoreCase(spec.label()))) {
                    continue;
                }
                long id;
                try (Statement sequence = connection.createStatement(); ResultSet next = sequence.executeQuery(nextId)) {
                    next.next();
                    id = next.getLong(1);
                }
                insert.setLong(1, id);
                insert.setLong(2, planId);
                insert.setString(3, spec.kind().name());
                insert.setString(4, spec.label());
                insert.setDate(5, Date.valueOf(spec.startsOn()));
                insert.setDate(6, Date.valueOf(spec.endsOn()));
                insert.setDate(7, Date.valueOf(spec.dueOn()));
                insert.executeUpdate();
                periods.add(new StandardPeriods.Range(id, spec.label(), spec.startsOn(), spec.endsOn()));
            }
        }
        return periods;
    }
}
