package no.planstatus.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import no.planstatus.support.TestPlans;
import org.junit.jupiter.api.Test;

/**
 * Another instance on the same database writes past this one: its commit changes the rows and moves the shared
 * revision, and this instance learns of it only from the database. Within a second its cached answers and ETags
 * must follow, as after a write of its own.
 */
@QuarkusTest
class SharedRevisionTest {

    private static final String LIST = "/api/v1/measures?limit=3";
    private static final Duration SEEN_WITHIN = Duration.ofSeconds(1);

    @Inject
    TestPlans plans;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldShowAnotherInstancesWriteWithinASecondInCachedBodiesAndEtags() throws SQLException {
        long measureId = plans.create(List.of()).measureId(1, 1);
        String path = "/api/v1/measures/" + measureId;
        // Twice each, so that the answers come from the response cache.
        get(path);
        String oldText = get(path).jsonPath().getString("text");
        get(LIST);
        String oldListTag = get(LIST).header("ETag");
        given().header("If-None-Match", oldListTag).get(LIST).then().statusCode(304);

        String newText = "Endret av en annen instans " + UUID.randomUUID();
        assertNotEquals(oldText, newText);
        commitAsAnotherInstance(measureId, newText);
        long written = System.nanoTime();

        long deadline = written + SEEN_WITHIN.toNanos();
        while (true) {
            String text = get(path).jsonPath().getString("text");
            int revalidated = given().header("If-None-Match", oldListTag).get(LIST).statusCode();
            long now = System.nanoTime();
            if (newText.equals(text) && revalidated == 200) {
                assertNotEquals(oldListTag, get(LIST).header("ETag"), "the list has a new ETag");
                System.out.println("[shared revision] another instance's write was seen after "
                        + (now - written) / 1_000_000 + " ms");
                return;
            }
            assertTrue(now < deadline, "still the old text (" + text + ") or a 304 to the old ETag (" + revalidated
                    + ") " + SEEN_WITHIN.toMillis() + " ms after another instance's write");
        }
    }

    /** What a write on another instance leaves in the database: changed rows and the next revision, one commit. */
    private void commitAsAnotherInstance(long measureId, String text) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement update = connection.prepareStatement("UPDATE measure SET text = ? WHERE id = ?");
                    PreparedStatement bump = connection.prepareStatement(
                            "UPDATE data_revision SET revision = revision + 1 WHERE id = 1")) {
                update.setString(1, text);
                update.setLong(2, measureId);
                assertEquals(1, update.executeUpdate());
                assertEquals(1, bump.executeUpdate());
            }
            connection.commit();
        }
    }

    private static ExtractableResponse<Response> get(String path) {
        return given().get(path).then().statusCode(200).extract();
    }
}
