package no.planstatus.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import no.planstatus.support.TestAccounts;
import no.planstatus.token.ApiToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which credential authenticates a request decides the CSRF check, and a bad credential is never ignored. */
@QuarkusTest
class CredentialCheckTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Authorization|''", "authorization|'   '", "AUTHORIZATION|'\t'"})
    void shouldRequireTheCsrfTokenWhenABlankAuthorizationHeaderLeavesTheCookieToAuthenticate(String name,
            String value) {
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        editor.sessionWithoutCsrf().header(name, value).body(newParty()).post("/api/v1/parties").then()
                .statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:planstatus:problem:csrf-rejected"));

        editor.session().header(name, value).body(newParty()).post("/api/v1/parties").then().statusCode(201);
    }

    @Test
    void shouldRefuseACookieWriteThatSendsAnotherKindOfAuthorization() {
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        for (RequestSpecification request : new RequestSpecification[] {editor.sessionWithoutCsrf(),
                editor.session()}) {
            request.header("Authorization", "Basic YWRtaW46YWRtaW4=").body(newParty()).post("/api/v1/parties").then()
                    .statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", equalTo("Bearer realm=\"planstatus\""));
        }
    }

    @Test
    void shouldRefuseTwoAuthorizationHeaders() {
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        editor.sessionWithoutCsrf().header("Authorization", "Bearer " + editor.tokenSecret())
                .header("Authorization", "").body(newParty()).post("/api/v1/parties").then()
                .statusCode(401).contentType("application/problem+json");
        editor.bearer().header("Authorization", "Bearer " + editor.tokenSecret())
                .get("/api/v1/auth/me").then().statusCode(401);
    }

    @Test
    void shouldNotAskForTheCsrfTokenWhenABearerTokenAuthenticatesAWriteThatAlsoHasACookie() {
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        editor.sessionWithoutCsrf().header("Authorization", "Bearer " + editor.tokenSecret()).body(newParty())
                .post("/api/v1/parties").then().statusCode(201);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer pst_not-a-real-token", "Bearer", "Bearer    ", "Basic YWRtaW46YWRtaW4=",
            "Token abc"})
    void shouldAnswer401ToAPublicReadWithAWrongCredentialEvenWhenTheAnswerIsCached(String authorization) {
        given().get("/api/v1/parties").then().statusCode(200);
        given().get("/api/v1/parties").then().statusCode(200);

        given().header("Authorization", authorization).get("/api/v1/parties").then()
                .statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer realm=\"planstatus\""))
                .body("type", equalTo("urn:planstatus:problem:unauthorized"));
    }

    @Test
    void shouldAnswer401ToAPublicReadWithARevokedToken() {
        TestAccounts.Credentials reporter = TestAccounts.create(Role.REPORTER, null);
        reporter.bearer().get("/api/v1/parties").then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() ->
                ApiToken.findActiveByHash(Secrets.sha256(reporter.tokenSecret())).orElseThrow().revokedAt =
                        Instant.now());

        reporter.bearer().get("/api/v1/parties").then()
                .statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer realm=\"planstatus\""));
        reporter.bearer().get("/embed/plan").then().statusCode(401);
        given().header("Authorization", "").get("/api/v1/parties").then().statusCode(200);
    }

    private static Map<String, String> newParty() {
        return Map.of("slug", "part-" + UUID.randomUUID().toString().substring(0, 8), "name", "Kommune",
                "kind", "MEMBER_MUNICIPALITY");
    }
}
