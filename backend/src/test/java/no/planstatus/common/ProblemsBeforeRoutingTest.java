package no.planstatus.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Requests the HTTP layer refuses before any route runs are answered with problems too, not empty bodies. */
@QuarkusTest
class ProblemsBeforeRoutingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldAnswerARequestLineOverTheLimitWithAProblem() throws IOException {
        RawHttp.Response response = get("/api/v1/measures?reference=" + "a".repeat(10_000), Map.of());

        assertProblem(response, 414, "urn:planstatus:problem:uri-too-long", "for lang");
    }

    @Test
    void shouldAnswerHeadersOverTheLimitWithAProblem() throws IOException {
        RawHttp.Response response = get("/api/v1/parties", Map.of("Cookie", "c=" + "x".repeat(30_000)));

        assertProblem(response, 431, "urn:planstatus:problem:headers-too-large", "for store");
    }

    @Test
    void shouldAnswerAMalformedEscapeInThePathWithAProblem() throws IOException {
        RawHttp.Response response = get("/api/v1/measures/1%zz", Map.of());

        assertProblem(response, 400, "urn:planstatus:problem:bad-request", "%-tegn");
    }

    @Test
    void shouldAnswerAMalformedEscapeInTheQueryWithAProblem() throws IOException {
        RawHttp.Response response = get("/api/v1/measures?goal=%G1", Map.of());

        assertProblem(response, 400, "urn:planstatus:problem:bad-request", "%-tegn");
    }

    @Test
    void shouldAnswerAnUnencodedCharacterInTheQueryWithAProblem() throws IOException {
        RawHttp.Response response = get("/api/v1/measures?reference=a|b", Map.of());

        assertProblem(response, 400, "urn:planstatus:problem:bad-request", "%-kodes");
    }

    @Test
    void shouldAnswerARequestThatIsNotHttpWithAProblem() throws IOException {
        RawHttp.Response response = RawHttp.exchange(RestAssured.port,
                "GET /api/v1/parties HTTP/1.1\r\nHost: localhost\r\nthis is no header\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII), null);

        assertProblem(response, 400, "urn:planstatus:problem:bad-request", "gyldig HTTP");
    }

    @Test
    void shouldAnswerARequestWithoutHostWithAProblem() throws IOException {
        for (String request : new String[] {
                "GET /api/v1/measures?limit=1 HTTP/1.0\r\n\r\n",
                "GET /api/v1/measures?limit=1 HTTP/1.1\r\nConnection: close\r\n\r\n",
                "GET /embed/plan HTTP/1.1\r\nHost: a b/c\r\nConnection: close\r\n\r\n",
                "POST /api/v1/parties HTTP/1.1\r\nHost: localhost\r\nHost: other\r\nContent-Length: 0\r\n\r\n"}) {
            RawHttp.Response response = RawHttp.exchange(RestAssured.port,
                    request.getBytes(StandardCharsets.US_ASCII), null);

            assertProblem(response, 400, "urn:planstatus:problem:bad-request", "Host-header");
        }
    }

    @Test
    void shouldStillServeValidRequests() throws IOException {
        RawHttp.Response response = get("/api/v1/parties?limit=1", Map.of());

        assertEquals(200, response.status(), response.body());
        assertTrue(response.header("Content-Type").startsWith("application/json"), response.header("Content-Type"));
    }

    private static RawHttp.Response get(String target, Map<String, String> headers) throws IOException {
        return RawHttp.send(RestAssured.port, "GET", target, headers, null);
    }

    private static void assertProblem(RawHttp.Response response, int status, String type, String detailPart)
            throws IOException {
        assertEquals(status, response.status(), response.body());
        assertEquals("application/problem+json", response.header("Content-Type"));
        JsonNode problem = JSON.readTree(response.body());
        assertEquals(type, problem.path("type").asText(), response.body());
        assertEquals(status, problem.path("status").asInt());
        assertTrue(problem.path("title").isTextual(), response.body());
        assertTrue(problem.path("detail").asText().contains(detailPart), response.body());
    }
}
