package no.planstatus.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class SecurityHeadersTest {

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>(.*?)</script>",
            Pattern.DOTALL);

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/measures", "/api/v1/finnes-ikke", "/", "/q/openapi", "/q/health",
            "/q/swagger-ui/", "/q/swagger-ui/swagger-ui-bundle.js"})
    void shouldSendSecurityHeadersOnApiWebAppAndTheApiDocumentation(String path) {
        given().get(path).then()
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("strict-origin-when-cross-origin"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("object-src 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe-eval")))
                .header("X-Frame-Options", equalTo("DENY"));
    }

    /** Swagger UI starts itself with inline scripts: each is allowed by its hash, no other inline script runs. */
    @Test
    void shouldAllowExactlyTheInlineScriptsOfSwaggerUi() {
        Response page = given().get("/q/swagger-ui/");
        page.then().statusCode(200);
        String scriptSrc = directive(page.header("Content-Security-Policy"), "script-src");
        assertTrue(!scriptSrc.contains("'unsafe-inline'"), scriptSrc);

        Matcher scripts = INLINE_SCRIPT.matcher(page.asString());
        int inline = 0;
        while (scripts.find()) {
            inline++;
            String hash = "'sha256-" + sha256(scripts.group(1)) + "'";
            assertTrue(scriptSrc.contains(hash), "Swagger UI's inline script " + inline + " needs " + hash
                    + " in quarkus.http.filter.swagger-ui's Content-Security-Policy: " + scriptSrc);
        }
        assertEquals(2, inline, "inline scripts in Swagger UI's page");
        assertEquals(inline, scriptSrc.split("'sha256-", -1).length - 1, "hashes that match no script: " + scriptSrc);
    }

    private static String directive(String policy, String name) {
        for (String directive : policy.split(";")) {
            if (directive.strip().startsWith(name + " ")) {
                return directive.strip();
            }
        }
        throw new AssertionError(name + " is missing from " + policy);
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
