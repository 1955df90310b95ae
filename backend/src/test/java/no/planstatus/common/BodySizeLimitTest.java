package no.planstatus.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.planstatus.security.Role;
import no.planstatus.support.TestAccounts;
import no.planstatus.support.TestPlans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BodySizeLimitTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WRITE_LIMIT = 256 * 1024;
    private static final int ADDED_MEASURES = 80;

    @Inject
    TestPlans plans;

    @TestHTTPResource("/")
    URI base;

    private TestAccounts.Credentials editor;

    @BeforeEach
    void createEditor() {
        editor = TestAccounts.create(Role.EDITOR, null);
    }

    @Test
    void shouldAcceptAPlanFileLargerThanTheLimitOfOtherWrites() throws IOException {
        byte[] document = planWithManyLongMeasures();
        assertTrue(document.length > WRITE_LIMIT, "the document is " + document.length + " bytes");

        editor.bearer().queryParam("dryRun", true).contentType("application/json").body(document)
                .post("/api/v1/import/plan").then()
                .statusCode(200)
                .body("dryRun", equalTo(true))
                // each added measure and its one responsibility
                .body("created", hasSize(2 * ADDED_MEASURES));
    }

    @Test
    void shouldAcceptALargePlanFileSentWithoutContentLength() throws Exception {
        HttpResponse<String> response = postChunked("/api/v1/import/plan?dryRun=true", planWithManyLongMeasures());

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(2 * ADDED_MEASURES, JsonPath.from(response.body()).getList("created").size());
    }

    @Test
    void shouldRefuseAnyOtherWriteOverItsLimitWithAProblem() {
        String party = oversizedParty();

        editor.bearer().contentType("application/json").body(party).post("/api/v1/parties").then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:planstatus:problem:payload-too-large"))
                .body("status", equalTo(413))
                .body("detail", equalTo("Innholdet er større enn 256 KiB."))
                .body("instance", equalTo("/api/v1/parties"));
    }

    @Test
    void shouldRefuseAnOversizedWriteSentWithoutContentLengthWithAProblem() throws Exception {
        byte[] party = oversizedParty().getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = postChunked("/api/v1/parties", party);

        assertEquals(413, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        JsonPath problem = JsonPath.from(response.body());
        assertEquals("urn:planstatus:problem:payload-too-large", problem.getString("type"));
        assertEquals("Innholdet er større enn 256 KiB.", problem.getString("detail"));
    }

    private static String oversizedParty() {
        return "{\"slug\": \"stor\", \"kind\": \"MEMBER_MUNICIPALITY\", \"name\": \"" + "x".repeat(WRITE_LIMIT) + "\"}";
    }

    /** A POST whose body is streamed with chunked transfer encoding, so it announces no Content-Length. */
    private HttpResponse<String> postChunked(String path, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + editor.tokenSecret())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
        assertTrue(response.request().headers().firstValue("Content-Length").isEmpty());
        return response;
    }

    /** The test plan with measures added under goal 2, each with a text near the longest allowed. */
    private byte[] planWithManyLongMeasures() throws IOException {
        TestPlans.Created plan = plans.create(List.of());
        byte[] exported = given().queryParam("strategicPlan", plan.strategicPlanId()).get("/api/v1/export/plan")
                .then().statusCode(200).extract().asByteArray();
        ObjectNode document = (ObjectNode) JSON.readTree(exported);
        ArrayNode measures = (ArrayNode) document.at("/actionPlans/0/measures");
        ObjectNode template = (ObjectNode) measures.get(2);
        for (int i = 0; i < ADDED_MEASURES; i++) {
            measures.add(template.deepCopy()
                    .put("reference", plan.reference(2, i + 2))
                    .put("text", "Tiltak " + (i + 2) + " " + "med en lang beskrivelse ".repeat(160)));
        }
        return JSON.writeValueAsBytes(document);
    }
}
