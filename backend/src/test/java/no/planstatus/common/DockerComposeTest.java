package no.planstatus.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** No Docker engine runs here, so docker-compose.yml is checked as a document: it must wire the app to PostgreSQL. */
class DockerComposeTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void composeFileShouldStartPostgresAndTheAppOnIt() throws IOException {
        JsonNode compose = new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("docker-compose.yml").toFile());
        JsonNode db = compose.at("/services/db");
        JsonNode app = compose.at("/services/app");
        assertTrue(db.path("image").asText().startsWith("postgres:"), "db runs PostgreSQL");
        String database = db.at("/environment/POSTGRES_DB").asText();

        assertEquals("pg", app.at("/environment/QUARKUS_PROFILE").asText(), "the app runs its PostgreSQL profile");
        assertEquals("jdbc:postgresql://db:5432/" + database, app.at("/environment/PLANSTATUS_DB_URL").asText());
        assertEquals(db.at("/environment/POSTGRES_USER").asText(), app.at("/environment/PLANSTATUS_DB_USER").asText());
        assertEquals(db.at("/environment/POSTGRES_PASSWORD").asText(),
                app.at("/environment/PLANSTATUS_DB_PASSWORD").asText());
        assertEquals("service_healthy", app.at("/depends_on/db/condition").asText());
        assertTrue(app.at("/ports/0").asText().endsWith(":8080"));

        Path dockerfile = ROOT.resolve(app.at("/build/context").asText()).resolve(app.at("/build/dockerfile").asText());
        assertTrue(Files.exists(dockerfile), "the Dockerfile the app is built from exists: " + dockerfile);
        String recipe = Files.readString(dockerfile);
        assertTrue(recipe.contains("-Dquarkus.profile=pg"), "the image is built for PostgreSQL");
    }
}
