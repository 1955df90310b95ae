package no.planstatus.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import no.planstatus.support.TestAccounts;
import org.junit.jupiter.api.Test;

/** The scheduled housekeeping (every second in test runs, see the pom) deletes expired sessions and only those. */
@QuarkusTest
class SessionPurgeTest {

    @Test
    void shouldDeleteExpiredSessionsAndKeepLiveOnes() throws InterruptedException {
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        String expiredHash = Secrets.sha256(Secrets.random(32));
        QuarkusTransaction.requiringNew().run(() -> {
            UserSession expired = new UserSession();
            expired.account = Account.findById(editor.accountId());
            expired.tokenHash = expiredHash;
            expired.createdAt = Instant.now().minus(AuthService.SESSION_LIFETIME).minusSeconds(60);
            expired.expiresAt = Instant.now().minusSeconds(60);
            expired.persist();
        });

        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (sessionExists(expiredHash)) {
            assertTrue(Instant.now().isBefore(deadline), "the expired session was not purged within 30 s");
            Thread.sleep(100);
        }
        assertTrue(sessionExists(Secrets.sha256(editor.sessionCookie())));
        editor.session().get("/api/v1/auth/me").then().statusCode(200);
    }

    private static boolean sessionExists(String tokenHash) {
        return QuarkusTransaction.requiringNew().call(() -> UserSession.count("tokenHash", tokenHash) > 0);
    }
}
