package no.planstatus.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** Sync clients compare changedSince against the server's clock, which the Date header tells. */
@QuarkusTest
class DateHeaderTest {

    @Test
    void shouldTellTheServersClockOnAnswersAndErrorsAlike() {
        assertCurrentDate(given().get("/api/v1/measures?limit=1").then().statusCode(200).extract().header("Date"));
        String etag = given().get("/api/v1/measures?limit=1").then().extract().header("ETag");
        assertCurrentDate(given().header("If-None-Match", etag).get("/api/v1/measures?limit=1").then()
                .statusCode(304).extract().header("Date"));
        assertCurrentDate(given().get("/api/v1/measures/abc").then().statusCode(400).extract().header("Date"));
        assertCurrentDate(given().get("/api/v1/no-such-thing").then().statusCode(404).extract().header("Date"));
    }

    /** An IMF-fixdate (RFC 9110), e.g. "Fri, 27 Nov 2026 02:18:08 GMT", within a few seconds of now. */
    private static void assertCurrentDate(String date) {
        assertNotNull(date, "Date header");
        assertTrue(date.matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT"), date);
        Instant sent = ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Instant now = Instant.now();
        assertFalse(sent.isBefore(now.minus(10, ChronoUnit.SECONDS)) || sent.isAfter(now.plusSeconds(1)), date);
    }
}
