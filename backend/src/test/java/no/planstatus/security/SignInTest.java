package no.planstatus.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import no.planstatus.support.TestAccounts;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SignInTest {

    @Test
    void shouldSignInTheFirstAdminWithThePasswordFromTheEnvironment() {
        Response login = given().contentType(ContentType.JSON)
                .body(Map.of("username", "admin", "password", "admin-password-for-tests"))
                .post("/api/v1/auth/login");
        login.then().statusCode(200)
                .body("role", equalTo("ADMIN"))
                .body("csrfToken", not(nullValue()));
        String setCookie = login.getHeader("Set-Cookie");
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Strict"), setCookie);
        assertTrue(setCookie.contains("Path=/"), setCookie);
    }

    @Test
    void shouldTellWhoIsSignedInAndForgetItAfterSignOut() {
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        editor.session().get("/api/v1/auth/me").then().statusCode(200)
                .body("username", equalTo(editor.username()))
                .body("role", equalTo("EDITOR"))
                .body("csrfToken", equalTo(editor.csrfToken()));

        editor.session().post("/api/v1/auth/logout").then().statusCode(204)
                .header("Set-Cookie", containsString("Max-Age=0"));
        editor.session().get("/api/v1/auth/me").then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:planstatus:problem:unauthorized"));
    }

    @Test
    void shouldTellTheWebAppThatNobodyIsSignedInWithoutAnErrorStatus() {
        given().get("/api/v1/auth/session").then().statusCode(200)
                .contentType(ContentType.JSON)
                .header("Cache-Control", "no-store")
                .body("$", org.hamcrest.Matchers.hasKey("account"))
                .body("account", nullValue());
        // The integrators' contract stays: /me is 401 for nobody.
        given().get("/api/v1/auth/me").then().statusCode(401);
    }

    @Test
    void shouldTellTheWebAppWhoIsSignedInAndForgetItAfterSignOut() {
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        editor.session().get("/api/v1/auth/session").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("account.username", equalTo(editor.username()))
                .body("account.role", equalTo("EDITOR"))
                .body("account.csrfToken", equalTo(editor.csrfToken()));
        // Not kept by the public response cache: the next anonymous caller does not get the editor's answer.
        given().get("/api/v1/auth/session").then().statusCode(200).body("account", nullValue());

        editor.session().post("/api/v1/auth/logout").then().statusCode(204);
        editor.session().get("/api/v1/auth/session").then().statusCode(200).body("account", nullValue());
    }

    @Test
    void shouldRejectAWrongPasswordWithoutSayingWhichPartWasWrong() {
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        String wrongPassword = login(editor.username(), "wrong").then().statusCode(401)
                .contentType("application/problem+json").extract().path("detail");
        String unknownUser = login("nobody-" + UUID.randomUUID(), "wrong").then().statusCode(401)
                .extract().path("detail");
        assertTrue(wrongPassword.equals(unknownUser), wrongPassword + " / " + unknownUser);
    }

    @Test
    void shouldThrottleRepeatedFailedSignInsForAUsername() {
        TestAccounts.Credentials reporter = TestAccounts.create(Role.REPORTER, null);
        for (int i = 0; i < LoginThrottle.PAIR_FREE_FAILURES; i++) {
            login(reporter.username(), "wrong-" + i).then().statusCode(401);
        }
        login(reporter.username(), TestAccounts.PASSWORD).then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", not(nullValue()))
                .body("type", equalTo("urn:planstatus:problem:too-many-requests"));
    }

    @Test
    void shouldRejectMissingOrMalformedCredentialsInTheBody() {
        given().contentType(ContentType.JSON).body("{\"username\":\"\"}").post("/api/v1/auth/login").then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("username", "password"));
        given().contentType(ContentType.JSON).post("/api/v1/auth/login").then()
                .statusCode(400).body("violations[0].field", equalTo("body"));
    }

    @Test
    void shouldRefuseCookieAuthenticatedWritesWithoutTheCsrfToken() {
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        editor.sessionWithoutCsrf().body("{}").put("/api/v1/measures/1").then()
                .statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:planstatus:problem:csrf-rejected"));
        given().cookie("planstatus_session", editor.sessionCookie()).header("X-CSRF-Token", "forged")
                .contentType(ContentType.JSON).body("{}").put("/api/v1/measures/1").then()
                .statusCode(403).body("type", equalTo("urn:planstatus:problem:csrf-rejected"));
    }

    @Test
    void shouldAuthenticateApiTokensAndRejectUnknownOnes() {
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        editor.bearer().get("/api/v1/auth/me").then().statusCode(200)
                .body("role", equalTo("EDITOR"))
                .body("csrfToken", nullValue());
        given().header("Authorization", "Bearer pst_not-a-real-token").get("/api/v1/auth/me").then()
                .statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Basic YWRtaW46YWRtaW4=").get("/api/v1/auth/me").then()
                .statusCode(401).contentType("application/problem+json");
    }

    @Test
    void shouldStillServeThePublicPlanToABrowserWithAStaleSessionCookie() {
        given().cookie("planstatus_session", "expired-or-forged").get("/api/v1/measures").then().statusCode(200);
    }

    private static Response login(String username, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/login");
    }
}
