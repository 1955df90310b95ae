package no.planstatus.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import no.planstatus.support.BehindTrustedProxy;
import no.planstatus.support.ClientAddress;
import no.planstatus.support.TestAccounts;
import no.planstatus.support.TestPlans;
import org.junit.jupiter.api.Test;

/**
 * Behind a trusted reverse proxy (127.0.0.1): the address it forwards in X-Forwarded-For is the client's for the
 * sign-in throttle and the audit trail, and its X-Forwarded-Proto decides whether the session cookie is Secure. A
 * client that reaches the app from any other address sends those headers in vain.
 */
@QuarkusTest
@TestProfile(BehindTrustedProxy.class)
class TrustedProxyTest {

    @Inject
    TestPlans plans;

    @Test
    void shouldThrottleTheClientAddressTheTrustedProxyForwardsAndNotTheProxyItself() {
        TestAccounts.Credentials user = TestAccounts.create(Role.EDITOR, null);
        String guesser = ClientAddress.fresh();
        for (int i = 0; i < LoginThrottle.PAIR_FREE_FAILURES; i++) {
            login(viaProxy(guesser), user.username(), "wrong-" + i).then().statusCode(401);
        }
        login(viaProxy(guesser), user.username(), TestAccounts.PASSWORD).then().statusCode(429);

        // Another client behind the same proxy is not held back by what the guesser did.
        login(viaProxy(ClientAddress.fresh()), user.username(), TestAccounts.PASSWORD).then().statusCode(200);
    }

    @Test
    void shouldIgnoreForwardedHeadersFromAClientThatIsNotATrustedProxy() {
        TestAccounts.Credentials user = TestAccounts.create(Role.EDITOR, null);
        String direct = ClientAddress.fresh();
        for (int i = 0; i < LoginThrottle.PAIR_FREE_FAILURES; i++) {
            login(forging(direct), user.username(), "wrong-" + i).then().statusCode(401);
        }
        // A new forged address on every attempt does not make a new client: the connection's address is counted.
        login(forging(direct), user.username(), TestAccounts.PASSWORD).then().statusCode(429);
        login(ClientAddress.from(direct), user.username(), TestAccounts.PASSWORD).then().statusCode(429);
    }

    @Test
    void shouldRecordTheForwardedClientAddressInTheAuditTrailForAdminsOnly() {
        TestAccounts.Credentials admin = TestAccounts.create(Role.ADMIN, null);
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        String client = ClientAddress.fresh();
        long behindProxy = createParty(viaProxy(client), editor);
        String direct = ClientAddress.fresh();
        long forged = createParty(forging(direct), editor);

        assertEquals(client, auditedAddress(admin, behindProxy), "the address the trusted proxy forwarded");
        assertEquals(direct, auditedAddress(admin, forged), "the connection's address, not the forged one");

        TestPlans.Created plan = plans.create(List.of());
        long measure = plan.measureId(1, 1);
        viaProxy(client).header("Authorization", "Bearer " + editor.tokenSecret()).contentType(ContentType.JSON)
                .body(Map.of("periodId", TestPlans.periodOn(measure, "2031-05-01"), "reportDate", "2031-05-01", "status", "IN_PROGRESS", "assessment", "ON_TRACK",
                        "text", "Fra en klient bak proxyen"))
                .post("/api/v1/measures/{id}/reports", measure).then().statusCode(201);
        given().get("/api/v1/measures/{id}/history", measure).then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items.clientAddress", everyItem(nullValue()));
    }

    @Test
    void shouldMakeTheSessionCookieSecureWhenTheTrustedProxyReceivedHttps() {
        TestAccounts.Credentials user = TestAccounts.create(Role.EDITOR, null);
        String client = ClientAddress.fresh();

        Response https = login(viaProxy(client).header("X-Forwarded-Proto", "https"), user.username(),
                TestAccounts.PASSWORD);
        https.then().statusCode(200);
        assertTrue(sessionCookie(https).isSecured(), "https at the proxy gives a Secure cookie");

        Response plain = login(viaProxy(client).header("X-Forwarded-Proto", "http"), user.username(),
                TestAccounts.PASSWORD);
        plain.then().statusCode(200);
        assertFalse(sessionCookie(plain).isSecured(), "plain http at the proxy");

        Response claimed = login(ClientAddress.from(client).header("X-Forwarded-Proto", "https"), user.username(),
                TestAccounts.PASSWORD);
        claimed.then().statusCode(200);
        assertFalse(sessionCookie(claimed).isSecured(), "a direct client's X-Forwarded-Proto is ignored");

        Response logout = viaProxy(client).header("X-Forwarded-Proto", "https")
                .cookie("planstatus_session", sessionCookie(https).getValue())
                .header("X-CSRF-Token", https.jsonPath().getString("csrfToken"))
                .post("/api/v1/auth/logout");
        logout.then().statusCode(204);
        assertTrue(sessionCookie(logout).isSecured(), "the cookie that ends the session is Secure too");
        assertEquals(0, sessionCookie(logout).getMaxAge());
    }

    /** A request the trusted proxy passes on for {@code client}. */
    private static RequestSpecification viaProxy(String client) {
        return ClientAddress.from(BehindTrustedProxy.PROXY).header("X-Forwarded-For", client);
    }

    /** A request straight from {@code address} that claims, in every forwarded header, to come from elsewhere. */
    private static RequestSpecification forging(String address) {
        String claimed = ClientAddress.fresh();
        return ClientAddress.from(address).header("X-Forwarded-For", claimed)
                .header("Forwarded", "for=" + claimed + ";proto=https").header("X-Real-IP", claimed);
    }

    private static Response login(RequestSpecification request, String username, String password) {
        return request.contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/login");
    }

    private static Cookie sessionCookie(Response response) {
        Cookie cookie = response.detailedCookie(AuthMechanism.SESSION_COOKIE);
        assertTrue(cookie != null && cookie.getName() != null, "a session cookie is set");
        return cookie;
    }

    private static long createParty(RequestSpecification request, TestAccounts.Credentials editor) {
        String slug = "proxy-" + System.nanoTime();
        return request.header("Authorization", "Bearer " + editor.tokenSecret()).contentType(ContentType.JSON)
                .body(Map.of("slug", slug, "name", "Part " + slug, "kind", "INTERNAL_BODY"))
                .post("/api/v1/parties").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String auditedAddress(TestAccounts.Credentials admin, long partyId) {
        return admin.bearer().queryParam("entityType", "party").queryParam("entityId", partyId)
                .get("/api/v1/audit-events").then().statusCode(200)
                .body("items.size()", equalTo(1))
                .extract().jsonPath().getString("items[0].clientAddress");
    }
}
