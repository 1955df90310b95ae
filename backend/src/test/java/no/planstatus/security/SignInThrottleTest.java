package no.planstatus.security;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.planstatus.support.ClientAddress;
import no.planstatus.support.TestAccounts;
import org.junit.jupiter.api.Test;

/**
 * The sign-in throttle from the outside: real sign-ins over HTTP from different loopback addresses. Waiting out a
 * delay is done by moving the counters' last failure back in the database, as the clock would.
 */
@QuarkusTest
class SignInThrottleTest {

    @Test
    void shouldLetTheRealUserSignInFromAnotherAddressWhileAStrangerGuessesTheirPassword() {
        TestAccounts.Credentials user = TestAccounts.create(Role.ADMIN, null);
        String stranger = ClientAddress.fresh();
        for (int i = 0; i < LoginThrottle.PAIR_FREE_FAILURES; i++) {
            login(stranger, user.username(), "wrong-" + i).then().statusCode(401);
        }
        login(stranger, user.username(), TestAccounts.PASSWORD).then().statusCode(429);

        login(ClientAddress.fresh(), user.username(), TestAccounts.PASSWORD).then().statusCode(200);
        login(user.signedInFrom(), user.username(), TestAccounts.PASSWORD).then().statusCode(200);
    }

    /** Without PLANSTATUS_TRUSTED_PROXIES no address is a trusted proxy: X-Forwarded-For cannot dodge the count. */
    @Test
    void shouldIgnoreForwardedHeadersWhenNoProxyIsTrusted() {
        TestAccounts.Credentials user = TestAccounts.create(Role.EDITOR, null);
        String address = ClientAddress.fresh();
        for (int i = 0; i < LoginThrottle.PAIR_FREE_FAILURES; i++) {
            ClientAddress.from(address).header("X-Forwarded-For", ClientAddress.fresh()).contentType(ContentType.JSON)
                    .body(Map.of("username", user.username(), "password", "wrong-" + i))
                    .post("/api/v1/auth/login").then().statusCode(401);
        }
        ClientAddress.from(address).header("X-Forwarded-For", ClientAddress.fresh()).contentType(ContentType.JSON)
                .body(Map.of("username", user.username(), "password", TestAccounts.PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(429);
    }

    @Test
    void shouldDelayAPairLongerAfterEachFurtherFailureUpToTheCap() {
        TestAccounts.Credentials user = TestAccounts.create(Role.EDITOR, null);
        String address = ClientAddress.fresh();
        for (int i = 0; i < LoginThrottle.PAIR_FREE_FAILURES; i++) {
            login(address, user.username(), "wrong-" + i).then().statusCode(401);
        }
        tooMany(login(address, user.username(), TestAccounts.PASSWORD), 1);

        waitOut(user.username(), Duration.ofSeconds(1));
        login(address, user.username(), "wrong again").then().statusCode(401);
        tooMany(login(address, user.username(), TestAccounts.PASSWORD), 2);

        waitOut(user.username(), Duration.ofSeconds(2));
        login(address, user.username(), "and again").then().statusCode(401);
        tooMany(login(address, user.username(), TestAccounts.PASSWORD), 4);

        QuarkusTransaction.requiringNew().run(() ->
                SignInCounter.findPair(user.username(), address).orElseThrow().failures = 100);
        tooMany(login(address, user.username(), TestAccounts.PASSWORD), LoginThrottle.PAIR_MAX_DELAY.toSeconds());

        waitOut(user.username(), LoginThrottle.PAIR_MAX_DELAY);
        login(address, user.username(), TestAccounts.PASSWORD).then().statusCode(200);
        assertEquals(0, QuarkusTransaction.requiringNew().call(() ->
                SignInCounter.findPair(user.username(), address).orElseThrow().failures));
    }

    @Test
    void shouldSlowGuessingOfOneUsernameFromManyAddressesButNotWhereTheUserSignsIn() {
        TestAccounts.Credentials user = TestAccounts.create(Role.EDITOR, null);
        for (int i = 0; i < LoginThrottle.ACCOUNT_FREE_FAILURES; i++) {
            login(ClientAddress.fresh(), user.username(), "wrong-" + i).then().statusCode(401);
        }
        tooMany(login(ClientAddress.fresh(), user.username(), TestAccounts.PASSWORD), 1);

        login(user.signedInFrom(), user.username(), TestAccounts.PASSWORD).then().statusCode(200);
    }

    @Test
    void shouldNotHoldUpOtherUsernamesFromAnAddressWhereOneUsernameFailsOften() {
        TestAccounts.Credentials guessed = TestAccounts.create(Role.REPORTER, null);
        TestAccounts.Credentials colleague = TestAccounts.create(Role.EDITOR, null);
        String office = ClientAddress.fresh();
        for (int i = 0; i < 55; i++) {
            login(office, guessed.username(), "wrong-" + i).then().statusCode(401);
            waitOut(guessed.username(), LoginThrottle.PAIR_MAX_DELAY);
        }

        login(office, colleague.username(), TestAccounts.PASSWORD).then().statusCode(200);
    }

    @Test
    void shouldSlowAnAddressThatTriesManyUsernamesButNotTheUsersWhoSignInThere() {
        TestAccounts.Credentials regular = TestAccounts.create(Role.EDITOR, null);
        TestAccounts.Credentials newcomer = TestAccounts.create(Role.EDITOR, null);
        String sprayer = regular.signedInFrom();
        for (int i = 0; i < LoginThrottle.ADDRESS_FREE_USERNAMES; i++) {
            login(sprayer, "nobody-" + UUID.randomUUID(), "Sommer2026!").then().statusCode(401);
        }

        tooMany(login(sprayer, newcomer.username(), TestAccounts.PASSWORD), 1);
        login(sprayer, regular.username(), TestAccounts.PASSWORD).then().statusCode(200);
        login(newcomer.signedInFrom(), newcomer.username(), TestAccounts.PASSWORD).then().statusCode(200);
    }

    @Test
    void shouldKeepTheCountsInTheDatabaseWhereAnotherInstanceSeesThem() {
        String username = "nobody-" + UUID.randomUUID();
        String address = ClientAddress.fresh();
        for (int i = 0; i < LoginThrottle.PAIR_FREE_FAILURES; i++) {
            login(address, username, "wrong-" + i).then().statusCode(401);
        }

        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(LoginThrottle.PAIR_FREE_FAILURES,
                    SignInCounter.findPair(username, address).orElseThrow().failures);
            assertEquals(LoginThrottle.PAIR_FREE_FAILURES, SignInCounter.findAccount(username).orElseThrow().failures);
        });
        // A throttle with nothing but the database, as in a restarted or a second instance.
        Optional<Duration> wait = QuarkusTransaction.requiringNew().call(() ->
                new LoginThrottle().retryAfter(username.toUpperCase(), address));
        assertTrue(wait.isPresent() && wait.get().compareTo(Duration.ofSeconds(1)) <= 0, String.valueOf(wait));
    }

    @Test
    void shouldPurgeCountersThatHaveBeenQuietForTheWindow() {
        String username = "nobody-" + UUID.randomUUID();
        String address = ClientAddress.fresh();
        login(address, username, "wrong").then().statusCode(401);
        waitOut(username, LoginThrottle.WINDOW);

        QuarkusTransaction.requiringNew().call(() -> new LoginThrottle().purgeStale());
        assertTrue(QuarkusTransaction.requiringNew().call(() -> SignInCounter.findPair(username, address).isEmpty()
                && SignInCounter.findAccount(username).isEmpty()));
    }

    private static Response login(String address, String username, String password) {
        return ClientAddress.from(address).contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/login");
    }

    private static void tooMany(Response response, long retryAfterSeconds) {
        response.then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo(String.valueOf(retryAfterSeconds)))
                .body("type", equalTo("urn:planstatus:problem:too-many-requests"))
                .body("detail", equalTo("For mange mislykkede innlogginger. Vent " + retryAfterSeconds
                        + (retryAfterSeconds == 1 ? " sekund" : " sekunder") + " og prøv igjen."));
    }

    /** As if {@code time} had passed since the username's last failures, from every address. */
    private static void waitOut(String username, Duration time) {
        QuarkusTransaction.requiringNew().run(() -> SignInCounter.<SignInCounter>list("username",
                username.toLowerCase()).stream().filter(counter -> counter.lastFailureAt != null)
                .forEach(counter -> counter.lastFailureAt = counter.lastFailureAt.minus(time)));
    }
}
