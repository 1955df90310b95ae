package no.planstatus.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import no.planstatus.security.Role;
import no.planstatus.support.TestAccounts;
import no.planstatus.support.TestPlans;
import org.junit.jupiter.api.Test;

/**
 * gzip for every text answer, first and replayed from the response cache, with Vary and an ETag of its own
 * encoding; identity for a client that does not ask for gzip, whoever filled the cache. java.net.http never
 * decompresses nor sends Accept-Encoding by itself, so these tests see the bytes on the wire.
 */
@QuarkusTest
class CompressionCachingTest {

    /** HTTP/1.1, as behind the reverse proxy; {@link #H2C} upgrades to HTTP/2, where Netty compresses. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final HttpClient H2C = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
    private HttpClient client = HTTP;

    @TestHTTPResource("/")
    URI root;

    @Inject
    TestPlans plans;

    @Inject
    ResponseCacheStore store;

    @Test
    void shouldSendEveryMediaTypeGzipFirstAndFromTheCacheAndIdentityToOthers() {
        everyMediaType();
    }

    @Test
    void shouldCompressOnceOverHttp2() {
        client = H2C;
        everyMediaType();
        shouldKeepAnIdentityClientsFirstAnswerAsGzipForTheNext();
    }

    private void everyMediaType() {
        TestPlans.Created plan = plans.create(List.of());
        long measureId = plan.measureId(1, 1);
        Map<String, String> paths = Map.of(
                "application/json", "/api/v1/measures?actionPlan=" + plan.actionPlanId(),
                "application/json;single", "/api/v1/measures/" + measureId,
                "text/html", "/embed/measures/" + measureId,
                "application/atom+xml", "/api/v1/feeds/changes.atom?goal=" + goalId(plan),
                "text/csv", "/api/v1/export/measures.csv?actionPlan=" + plan.actionPlanId());
        for (var path : paths.entrySet()) {
            String type = path.getKey().replace(";single", "");
            String url = path.getValue();
            // gzip first: the first answer and the replay are both gzip, and an identity client then gets the same
            // content uncompressed out of the gzip entry.
            HttpResponse<byte[]> first = get(url, "gzip, deflate, br", null);
            assertGzip(first, type, url);
            HttpResponse<byte[]> replayed = get(url, "gzip", null);
            assertGzip(replayed, type, url);
            byte[] content = gunzip(first.body());
            assertArrayEquals(content, gunzip(replayed.body()), url);
            HttpResponse<byte[]> identity = get(url, null, null);
            assertIdentity(identity, type, url);
            assertArrayEquals(content, identity.body(), url + " uncompressed for a client without Accept-Encoding");
            assertIdentity(get(url, "identity", null), type, url);
            assertIdentity(get(url, "gzip;q=0, identity", null), type, url);

            // Each encoding has its own ETag, the same on the first answer and the replay.
            String gzipTag = first.headers().firstValue("ETag").orElse(null);
            if (gzipTag != null) {
                assertTrue(gzipTag.endsWith("-gzip\""), url + ": " + gzipTag);
                assertEquals(gzipTag, replayed.headers().firstValue("ETag").orElseThrow(), url);
                assertEquals(Compression.identityTag(gzipTag), identity.headers().firstValue("ETag").orElseThrow(),
                        url);
            }
        }
    }

    @Test
    void shouldKeepAnIdentityClientsFirstAnswerAsGzipForTheNext() {
        TestPlans.Created plan = plans.create(List.of());
        for (String url : List.of("/api/v1/measures?actionPlan=" + plan.actionPlanId(),
                "/embed/goals/" + goalId(plan), "/api/v1/feeds/changes.atom?goal=" + goalId(plan))) {
            HttpResponse<byte[]> identity = get(url, null, null);
            assertEquals(200, identity.statusCode(), url);
            assertFalse(identity.headers().firstValue("Content-Encoding").filter("gzip"::equals).isPresent(), url);
            HttpResponse<byte[]> gzip = get(url, "gzip", null);
            assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElse(null), url);
            assertArrayEquals(identity.body(), gunzip(gzip.body()), url);
            assertArrayEquals(identity.body(), get(url, null, null).body(), url);
        }
    }

    @Test
    void shouldKeepTheUncompressedCopyForIdentityClientsUntilTheNextWrite() {
        TestPlans.Created plan = plans.create(List.of());
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        long goalId = goalId(plan);
        String url = "/api/v1/goals/" + goalId;
        HttpResponse<byte[]> gzip = get(url, "gzip", null);
        assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElse(null), url);
        // The second identity client is served the copy the first one left, not a new decompression of the entry.
        HttpResponse<byte[]> first = get(url, null, null);
        assertArrayEquals(gunzip(gzip.body()), first.body(), url);
        assertTrue(store.keys().stream().anyMatch(key -> key.contains(" " + url + "?") && key.endsWith(" identity")),
                "an identity copy is kept: " + store.keys());
        assertArrayEquals(first.body(), get(url, null, null).body(), url);

        JsonPath goal = given().get(url).then().statusCode(200).extract().jsonPath();
        editor.session().header("If-Match", "\"" + goal.getLong("version") + "\"")
                .body(Map.of("sectionId", goal.getLong("section.id"), "text", "mål en endret", "position", 1))
                .put("/api/v1/goals/{id}", goalId).then().statusCode(200);
        HttpResponse<byte[]> after = get(url, null, null);
        assertEquals(200, after.statusCode(), url);
        assertTrue(new String(after.body(), java.nio.charset.StandardCharsets.UTF_8).contains("mål en endret"),
                "an identity client sees the write at once, not the copy kept before it");
    }

    @Test
    void shouldRevalidateEachEncodingByItsOwnTag() {
        TestPlans.Created plan = plans.create(List.of());
        for (String url : List.of("/api/v1/measures?actionPlan=" + plan.actionPlanId(),
                "/api/v1/feeds/changes.atom?goal=" + goalId(plan))) {
            String gzipTag = get(url, "gzip", null).headers().firstValue("ETag").orElseThrow();
            String identityTag = get(url, null, null).headers().firstValue("ETag").orElseThrow();
            assertEquals(Compression.tagFor(identityTag, true), gzipTag, url);

            HttpResponse<byte[]> notModified = get(url, "gzip", gzipTag);
            assertEquals(304, notModified.statusCode(), url);
            assertEquals(gzipTag, notModified.headers().firstValue("ETag").orElse(null), url);
            assertVary(notModified, url);
            HttpResponse<byte[]> identityNotModified = get(url, null, identityTag);
            assertEquals(304, identityNotModified.statusCode(), url);
            assertEquals(identityTag, identityNotModified.headers().firstValue("ETag").orElse(null), url);
            assertVary(identityNotModified, url);
            assertEquals(304, get(url, "gzip", "W/" + gzipTag).statusCode(), url + ": weak comparison");

            // A client never gets a 304 for the encoding it does not hold.
            HttpResponse<byte[]> other = get(url, null, gzipTag);
            assertEquals(200, other.statusCode(), url);
            assertIdentity(other, other.headers().firstValue("Content-Type").orElseThrow().split(";")[0], url);
            assertEquals(200, get(url, "gzip", identityTag).statusCode(), url);
        }
    }

    @Test
    void shouldAcceptTheGzipBodysTagInIfMatch() {
        TestPlans.Created plan = plans.create(List.of());
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        JsonPath goals = given().queryParam("strategicPlan", plan.strategicPlanId()).get("/api/v1/goals").then()
                .statusCode(200).extract().jsonPath();
        long goalId = goals.getLong("items[0].id");
        long sectionId = goals.getLong("items[0].section.id");
        String gzipTag = get("/api/v1/goals/" + goalId, "gzip", null).headers().firstValue("ETag").orElseThrow();
        assertEquals("\"0-gzip\"", gzipTag);
        editor.session().header("If-Match", gzipTag)
                .body(Map.of("sectionId", sectionId, "text", "mål en endret", "position", 1))
                .put("/api/v1/goals/{id}", goalId).then().statusCode(200).header("ETag", "\"1-gzip\"");
        editor.session().header("If-Match", gzipTag)
                .body(Map.of("sectionId", sectionId, "text", "mål en igjen", "position", 1))
                .put("/api/v1/goals/{id}", goalId).then().statusCode(412);
    }

    @Test
    void shouldCompressTheWebAppsScriptsAndStyles() {
        for (String path : List.of("/compression-probe.js", "/compression-probe.css")) {
            String type = path.endsWith(".js") ? "text/javascript" : "text/css";
            HttpResponse<byte[]> gzip = get(path, "gzip", null);
            assertEquals(200, gzip.statusCode(), path);
            assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElse(null), path);
            assertVary(gzip, path);
            HttpResponse<byte[]> identity = get(path, null, null);
            assertEquals(200, identity.statusCode(), path);
            assertFalse(identity.headers().firstValue("Content-Encoding").filter("gzip"::equals).isPresent(), path);
            assertVary(identity, path);
            assertArrayEquals(identity.body(), gunzip(gzip.body()), path);
            assertTrue(identity.headers().firstValue("Content-Type").orElse("").contains(type.split("/")[1]), path);
            String gzipTag = gzip.headers().firstValue("ETag").orElse(null);
            String identityTag = identity.headers().firstValue("ETag").orElse(null);
            if (gzipTag != null && gzipTag.equals(identityTag)) {
                assertTrue(gzipTag.startsWith("W/"), path + ": a strong ETag shared by both encodings: " + gzipTag);
            }
        }
    }

    @Test
    void shouldReadAcceptEncodingAsRfc9110Says() {
        assertTrue(Compression.acceptsGzip("gzip"));
        assertTrue(Compression.acceptsGzip("deflate, GZIP;q=0.5"));
        assertTrue(Compression.acceptsGzip("*"));
        assertTrue(Compression.acceptsGzip("x-gzip"));
        assertFalse(Compression.acceptsGzip((String) null));
        assertFalse(Compression.acceptsGzip(""));
        assertFalse(Compression.acceptsGzip("identity"));
        assertFalse(Compression.acceptsGzip("deflate, br"));
        assertFalse(Compression.acceptsGzip("gzip;q=0"));
        assertFalse(Compression.acceptsGzip("*, gzip;q=0"));
        assertFalse(Compression.acceptsGzip("*;q=0"));
        assertEquals("\"3-gzip\"", Compression.tagFor("\"3\"", true));
        assertEquals("\"3\"", Compression.tagFor("\"3\"", false));
        assertEquals("W/\"3-gzip\"", Compression.tagFor("W/\"3\"", true));
        assertEquals("\"3\"", Compression.identityTag("\"3-gzip\""));
        Versions.requireMatch("\"3-gzip\"", 3);
        Versions.requireMatch("W/\"3-gzip\"", 3);
    }

    private static long goalId(TestPlans.Created plan) {
        return given().queryParam("strategicPlan", plan.strategicPlanId()).get("/api/v1/goals").then()
                .statusCode(200).extract().jsonPath().getLong("items[0].id");
    }

    private void assertGzip(HttpResponse<byte[]> response, String type, String url) {
        assertEquals(200, response.statusCode(), url);
        assertEquals("gzip", response.headers().firstValue("Content-Encoding").orElse(null), url);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(type), url);
        assertVary(response, url);
        byte[] body = response.body();
        assertTrue(body.length > 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b, url + ": gzip bytes");
    }

    private void assertIdentity(HttpResponse<byte[]> response, String type, String url) {
        assertEquals(200, response.statusCode(), url);
        assertFalse(response.headers().firstValue("Content-Encoding").filter(value -> !value.equals("identity"))
                .isPresent(), url + ": " + response.headers().firstValue("Content-Encoding"));
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(type), url);
        assertVary(response, url);
        byte[] body = response.body();
        assertFalse(body.length > 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b, url + ": plain bytes");
    }

    private static void assertVary(HttpResponse<byte[]> response, String url) {
        assertTrue(response.headers().allValues("Vary").stream().anyMatch(value -> value.contains("Accept-Encoding")),
                url + ": Vary " + response.headers().allValues("Vary"));
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding, String ifNoneMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(path)).GET();
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gunzip(byte[] body) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
