package no.planstatus.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** openapi.yaml at the repository root is the contract: it must be what the code produces, and complete. */
@QuarkusTest
class OpenApiContractTest {

    private static final Path COMMITTED = Path.of("..", "openapi.yaml");

    private static List<String> iterable(Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    /**
     * Compares documents, not bytes: the served document orders keys differently from the file the build writes
     * (target/openapi/openapi.yaml), which test.sh compares byte for byte after packaging.
     */
    @Test
    void committedContractShouldMatchWhatTheCodeProduces() throws IOException {
        String produced = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        if (!yaml.readTree(produced).equals(yaml.readTree(COMMITTED.toFile()))) {
            Path actual = Path.of(System.getProperty("planstatus-test.build-dir", "target"), "openapi-served.yaml");
            Files.writeString(actual, produced, StandardCharsets.UTF_8);
            fail("openapi.yaml differs from the contract the code produces (served copy in " + actual.toAbsolutePath()
                    + "). Run the build and copy it: cp backend/target/openapi/openapi.yaml openapi.yaml");
        }
    }

    @Test
    void everyOperationShouldHaveUniqueIdSummaryAndProblemResponses() throws IOException {
        JsonNode document = new ObjectMapper(new YAMLFactory()).readTree(COMMITTED.toFile());
        Set<String> operationIds = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = op.getValue();
                if (!operation.hasNonNull("operationId") || !operationIds.add(operation.get("operationId").asText())) {
                    problems.add(name + ": missing or duplicate operationId");
                }
                if (!operation.hasNonNull("summary")) {
                    problems.add(name + ": no summary");
                }
                JsonNode responses = operation.get("responses");
                boolean hasSuccess = responses != null && iterable(responses.fieldNames()).stream()
                        .anyMatch(code -> code.startsWith("2"));
                if (!hasSuccess) {
                    problems.add(name + ": no success response documented");
                }
                List<String> required = new ArrayList<>(List.of("406", "500"));
                if (path.getKey().contains("{")) {
                    required.addAll(List.of("400", "404"));
                }
                if (operation.has("parameters") || operation.has("requestBody")) {
                    required.add("400");
                }
                boolean write = !op.getKey().equals("get");
                // Signing in and out, and reporting through a personal link (its secret is the credential).
                boolean publicWrite = List.of("login", "logout", "createInvitationReport")
                        .contains(operation.path("operationId").asText());
                if (write && !publicWrite) {
                    required.addAll(List.of("401", "403"));
                    if (!operation.has("security") || operation.get("security").isEmpty()) {
                        problems.add(name + ": no security requirement");
                    }
                }
                if (op.getKey().equals("put") || op.getKey().equals("patch")) {
                    required.addAll(List.of("412", "428"));
                }
                if (responses != null) {
                    responses.fields().forEachRemaining(response -> {
                        if (response.getKey().charAt(0) >= '4'
                                && !response.getValue().path("content").has("application/problem+json")) {
                            problems.add(name + ": error " + response.getKey() + " is not application/problem+json");
                        }
                    });
                }
                for (String code : required) {
                    if (responses == null || !responses.has(code)) {
                        problems.add(name + ": response " + code + " not documented");
                    } else if (!responses.get(code).get("content").has("application/problem+json")) {
                        problems.add(name + ": response " + code + " is not application/problem+json");
                    }
                }
            }
        }
        assertTrue(operationIds.size() >= 11, "expected at least the eleven read operations, found " + operationIds);
        assertEquals(List.of(), problems);
    }
    /**
     * Ids are written as numbers by generated clients; the server still reads the text itself, so that another
     * spelling of an id (+1, 0001, ١) is a 400 problem naming the parameter (see {@link CanonicalIdsTest}).
     */
    @Test
    void everyIdParameterShouldBeDocumentedAsAPositiveInteger() throws IOException {
        JsonNode document = new ObjectMapper(new YAMLFactory()).readTree(COMMITTED.toFile());
        Set<String> idQueryParameters = Set.of("strategicPlan", "actionPlan", "goal", "party", "entityId");
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                for (JsonNode parameter : op.getValue().path("parameters")) {
                    String in = parameter.path("in").asText();
                    String name = parameter.path("name").asText();
                    if (!in.equals("path") && !(in.equals("query") && idQueryParameters.contains(name))) {
                        continue;
                    }
                    checked++;
                    JsonNode schema = parameter.path("schema");
                    if (schema.has("$ref")) {
                        String ref = schema.get("$ref").asText();
                        schema = document.at(ref.substring(1));
                    }
                    boolean positiveLong = schema.path("type").asText().equals("integer")
                            && schema.path("format").asText().equals("int64") && schema.path("minimum").asLong() == 1;
                    if (!positiveLong) {
                        problems.add(op.getKey().toUpperCase() + " " + path.getKey() + " " + name + ": " + schema);
                    }
                }
            }
        }
        assertTrue(checked > 40, "expected the id parameters of every resource, checked " + checked);
        assertEquals(List.of(), problems);
    }
}
