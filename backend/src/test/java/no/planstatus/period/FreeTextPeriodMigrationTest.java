package no.planstatus.period;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import db.migration.V12__reporting_periods;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planstatus.support.TestPlans;
import org.junit.jupiter.api.Test;

/**
 * The Java migration on data in the shape releases before issue 10 stored: an action plan without periods, reports
 * with a free-text period and no period_id.
 */
@QuarkusTest
class FreeTextPeriodMigrationTest {

    @Inject
    TestPlans plans;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldMapStandardPeriodTextsAndReportDatesAndKeepOtherTextsAsLegacyLabels() throws SQLException {
        TestPlans.Created plan = plans.create(List.of());
        long measure = plan.measureId(1, 1);
        Map<String, Long> reports = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM reporting_period WHERE action_plan_id = ?")) {
                delete.setLong(1, plan.actionPlanId());
                delete.executeUpdate();
            }
            reports.put("2. Tertial 2031", oldReport(connection, measure, "2. Tertial 2031", "2031-09-01"));
            reports.put("årsrapport", oldReport(connection, measure, "  årsrapport   2032 ", "2032-12-31"));
            reports.put("banan", oldReport(connection, measure, "banan", "2031-06-01"));
            reports.put("march", oldReport(connection, measure, null, "2031-03-15"));
            reports.put("november", oldReport(connection, measure, " ", "2031-11-30"));
            reports.put("outside", oldReport(connection, measure, "1. tertial 2035", "2032-02-01"));

            V12__reporting_periods.mapPeriods(connection);
        }

        given().get("/api/v1/action-plans/{id}/periods", plan.actionPlanId()).then()
                .body("items.label", contains("1. tertial 2031", "2. tertial 2031", "Årsrapport 2031",
                        "1. tertial 2032", "2. tertial 2032", "Årsrapport 2032"))
                .body("items[1].dueOn", equalTo("2031-10-01"));
        assertPeriod(measure, reports.get("2. Tertial 2031"), "2. tertial 2031", plan);
        assertPeriod(measure, reports.get("årsrapport"), "Årsrapport 2032", plan);
        assertPeriod(measure, reports.get("march"), "1. tertial 2031", plan);
        assertPeriod(measure, reports.get("november"), "Årsrapport 2031", plan);
        assertLegacy(measure, reports.get("banan"), "banan");
        assertLegacy(measure, reports.get("outside"), "1. tertial 2035");

        try (Connection connection = dataSource.getConnection()) {
            try (Statement history = connection.createStatement(); ResultSet rows = history.executeQuery(
                    "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = '12' AND \"success\"")) {
                rows.next();
                assertEquals(1, rows.getInt(1), "Flyway ran the Java migration at start");
            }
            V12__reporting_periods.mapPeriods(connection);
            try (Statement count = connection.createStatement();
                    ResultSet rows = count.executeQuery("SELECT COUNT(*) FROM reporting_period WHERE action_plan_id = "
                            + plan.actionPlanId())) {
                rows.next();
                assertEquals(6, rows.getInt(1), "running it again adds no period");
            }
        }
        assertLegacy(measure, reports.get("banan"), "banan");
    }

    private static void assertPeriod(long measure, long report, String label, TestPlans.Created plan) {
        given().get("/api/v1/measures/{id}/reports/{report}", measure, report).then()
                .statusCode(200)
                .body("period", equalTo(label))
                .body("periodId", equalTo((int) TestPlans.periodId(plan.actionPlanId(), label)));
    }

    private static void assertLegacy(long measure, long report, String text) {
        given().get("/api/v1/measures/{id}/reports/{report}", measure, report).then()
                .statusCode(200)
                .body("period", equalTo(text))
                .body("periodId", nullValue());
    }

    private static long oldReport(Connection connection, long measure, String period, String date)
            throws SQLException {
        long id;
        try (Statement sequence = connection.createStatement();
                ResultSet next = sequence.executeQuery(connection.getMetaData().getDatabaseProductName()
                        .equals("PostgreSQL") ? "SELECT nextval('progress_report_seq')"
                        : "SELECT NEXT VALUE FOR progress_report_seq")) {
            next.next();
            id = next.getLong(1);
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO progress_report (id, version, "
                + "measure_id, period, report_date, status, assessment, text, author, created_at) "
                + "VALUES (?, 0, ?, ?, ?, 'IN_PROGRESS', 'ON_TRACK', ?, 'Gammel forfatter', ?)")) {
            insert.setLong(1, id);
            insert.setLong(2, measure);
            insert.setString(3, period);
            insert.setDate(4, Date.valueOf(LocalDate.parse(date)));
            insert.setString(5, "Gammel rapport " + period);
            insert.setTimestamp(6, Timestamp.from(Instant.parse("2031-06-01T10:00:00Z")));
            insert.executeUpdate();
        }
        return id;
    }
}
