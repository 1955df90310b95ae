package no.planstatus.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No Docker engine runs here, so docker-compose.yml, deploy/nginx.conf and the Dockerfile are checked as documents:
 * PostgreSQL, two app instances on the one database, and nginx in front of both, which the instances trust as the
 * only proxy. SeveralInstancesIT runs the same topology as real processes.
 */
class DockerComposeTest {

    private static final Path ROOT = Path.of("..");
    private static final List<String> APPS = List.of("app1", "app2");
    private static final Pattern UPSTREAM = Pattern.compile("upstream\\s+(\\w+)\\s*\\{([^}]*)}");
    private static final Pattern UPSTREAM_SERVER = Pattern.compile("^\\s*server\\s+([\\w.-]+):(\\d+)\\s*;",
            Pattern.MULTILINE);
    private static final Pattern COPY = Pattern.compile("^COPY\\s+(?!--from)(.+)$", Pattern.MULTILINE);

    private final JsonNode compose;

    DockerComposeTest() throws IOException {
        compose = new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("docker-compose.yml").toFile());
    }

    @Test
    void composeFileShouldStartTwoAppInstancesOnOnePostgresDatabase() {
        JsonNode db = compose.at("/services/db");
        assertTrue(db.path("image").asText().startsWith("postgres:"), "db runs PostgreSQL");
        String database = db.at("/environment/POSTGRES_DB").asText();
        assertFalse(compose.at("/services/app").isObject(), "the single app service became app1 and app2");

        for (String name : APPS) {
            JsonNode app = compose.at("/services/" + name);
            assertTrue(app.isObject(), "service " + name);
            assertEquals("pg", app.at("/environment/QUARKUS_PROFILE").asText(), name + " runs its PostgreSQL profile");
            assertEquals("jdbc:postgresql://db:5432/" + database, app.at("/environment/PLANSTATUS_DB_URL").asText(),
                    name + " uses the one database");
            assertEquals(db.at("/environment/POSTGRES_USER").asText(),
                    app.at("/environment/PLANSTATUS_DB_USER").asText());
            assertEquals(db.at("/environment/POSTGRES_PASSWORD").asText(),
                    app.at("/environment/PLANSTATUS_DB_PASSWORD").asText());
            assertEquals("service_healthy", app.at("/depends_on/db/condition").asText());
            assertTrue(app.path("ports").isMissingNode(), name + " is reached through the proxy only");
            assertTrue(app.at("/healthcheck/test").toString().contains("/q/health/ready"), name + " reports ready");
            assertEquals("Dockerfile", app.at("/build/dockerfile").asText());
        }
        assertEquals("service_healthy", compose.at("/services/app2/depends_on/app1/condition").asText(),
                "the second instance starts once the first has created the schema and the default content");
    }

    @Test
    void nginxShouldSpreadRequestsOverBothInstancesWhichTrustOnlyIt() throws IOException {
        JsonNode proxy = compose.at("/services/proxy");
        assertTrue(proxy.path("image").asText().startsWith("nginx:"), "the proxy is nginx");
        assertEquals("8080:80", proxy.at("/ports/0").asText(), "only the proxy is published");
        String mounted = proxy.at("/volumes/0").asText();
        assertTrue(mounted.startsWith("./deploy/nginx.conf:/etc/nginx/nginx.conf"), mounted);
        String nginx = Files.readString(ROOT.resolve("deploy/nginx.conf"));

        Matcher upstream = UPSTREAM.matcher(nginx);
        assertTrue(upstream.find(), "nginx.conf has an upstream block");
        assertTrue(nginx.contains("proxy_pass http://" + upstream.group(1) + ";"), "requests go to the upstream");
        List<String> servers = new ArrayList<>();
        for (Matcher server = UPSTREAM_SERVER.matcher(upstream.group(2)); server.find();) {
            servers.add(server.group(1));
            assertEquals("8080", server.group(2), "the instances listen on 8080");
        }
        assertEquals(APPS, servers, "the upstream names both app services, round-robin (no other balancing rule)");
        assertFalse(upstream.group(2).matches("(?s).*\\b(ip_hash|hash|least_conn)\\b.*"));
        assertTrue(nginx.contains("proxy_set_header X-Forwarded-For $remote_addr;"),
                "the client's address replaces any X-Forwarded-For it sent (Planstatus reads the first entry)");
        assertTrue(nginx.contains("proxy_set_header X-Forwarded-Proto $scheme;"));
        assertTrue(nginx.contains("proxy_set_header X-Forwarded-Host \"\";"), "a forged forwarded host is dropped");
        assertTrue(nginx.contains("proxy_set_header Forwarded \"\";"));

        String proxyAddress = proxy.at("/networks/front/ipv4_address").asText();
        assertFalse(proxyAddress.isEmpty(), "the proxy has a fixed address on the front network");
        String subnet = compose.at("/networks/front/ipam/config/0/subnet").asText();
        assertTrue(subnet.startsWith(proxyAddress.substring(0, proxyAddress.lastIndexOf('.') + 1)),
                proxyAddress + " lies in " + subnet);
        Set<String> publicUrls = new TreeSet<>();
        for (String name : APPS) {
            JsonNode app = compose.at("/services/" + name);
            assertEquals(proxyAddress, app.at("/environment/PLANSTATUS_TRUSTED_PROXIES").asText(),
                    name + " trusts forwarded headers from the proxy alone");
            assertTrue(app.path("networks").toString().contains("front"), name + " is on the proxy's network");
            publicUrls.add(app.at("/environment/PLANSTATUS_PUBLIC_URL").asText());
        }
        assertEquals(Set.of("http://localhost:8080"), publicUrls,
                "both instances build links from the address the proxy is published at");
        assertFalse(compose.at("/services/db/networks").toString().contains("front"),
                "the database is not on the proxy's network");
    }

    @Test
    void dockerfileShouldBuildFromFilesThatExistWithTheCommandsOfTheBuild() throws IOException {
        Path context = ROOT.resolve(compose.at("/services/app1/build/context").asText());
        Path dockerfile = context.resolve(compose.at("/services/app1/build/dockerfile").asText());
        assertTrue(Files.exists(dockerfile), "the Dockerfile the apps are built from exists: " + dockerfile);
        String recipe = Files.readString(dockerfile);

        Matcher copy = COPY.matcher(recipe);
        int copies = 0;
        while (copy.find()) {
            String[] parts = copy.group(1).trim().split("\\s+");
            for (int i = 0; i < parts.length - 1; i++) {
                copies++;
                assertTrue(Files.exists(context.resolve(parts[i])), "COPY source " + parts[i] + " exists");
            }
        }
        assertTrue(copies >= 4, "the Dockerfile copies the contract, the web app and the backend");
        // The same steps as the pom's frontend build and README's PostgreSQL build.
        assertTrue(recipe.contains("npm ci"), "the web app is installed as the pom does");
        assertTrue(recipe.contains("npm run build"), "and built as the pom does");
        assertTrue(recipe.contains("package -DskipTests -Dfrontend.skip=true -Dquarkus.profile=pg"),
                "the image is built for PostgreSQL");
        assertTrue(recipe.contains("backend/src/main/resources/META-INF/resources"),
                "the web app is served from the jar, as the pom copies it");
        assertTrue(recipe.contains("quarkus-run.jar"));
        assertTrue(recipe.contains("COPY deploy/java-opts")
                && recipe.contains("exec java $(cat java-opts) -XX:SharedArchiveFile=app-cds.jsa $JAVA_OPTS"),
                "the image starts the JVM with the options of run.sh and the benchmark and its class archive,"
                        + " JAVA_OPTS after them");
        assertTrue(recipe.contains("-XX:ArchiveClassesAtExit=app-cds.jsa -Dquarkus.appcds.generate=true"),
                "the image makes the class archive with its own JVM");
        String run = Files.readString(ROOT.resolve("run.sh"));
        assertTrue(run.contains("$(cat \"$root/deploy/java-opts\") \"${cds[@]}\" ${JAVA_OPTS:-}"),
                "run.sh starts the JVM with the same options");
        assertTrue(run.contains("-Dquarkus.package.jar.appcds.enabled=true"), "and builds the class archive");
        for (String name : APPS) {
            assertTrue(compose.at("/services/" + name + "/environment").has("JAVA_OPTS"),
                    name + " shows where JVM options are added");
        }
        String ignored = Files.readString(context.resolve(".dockerignore"));
        assertTrue(ignored.contains("**/target") && ignored.contains("**/node_modules"),
                "local build output never reaches the image");
    }
}
