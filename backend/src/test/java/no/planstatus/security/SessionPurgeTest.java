package no.planstatus.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.scheduler.Trigger;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import no.planstatus.support.TestAccounts;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Expired sessions are deleted by a scheduled job. The job is run here directly rather than waited for: a test-wide
 * short interval would add statements to other tests that count them.
 */
@QuarkusTest
class SessionPurgeTest {

    @Inject
    Scheduler scheduler;

    @Inject
    SignInHousekeeping housekeeping;

    @Test
    void shouldScheduleTheHousekeepingEveryTenMinutes() {
        Trigger job = scheduler.getScheduledJob(SignInHousekeeping.JOB);
        assertNotNull(job, "the housekeeping job is scheduled");
        Instant next = job.getNextFireTime();
        assertTrue(next != null && !next.isAfter(Instant.now().plus(Duration.ofMinutes(10))), String.valueOf(next));
    }

    @Test
    void shouldDeleteExpiredSessionsAndKeepLiveOnes() {
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        String expiredHash = Secrets.sha256(Secrets.random(32));
        QuarkusTransaction.requiringNew().run(() -> {
            UserSession expired = new UserSession();
            expired.accountId = editor.accountId();
            expired.tokenHash = expiredHash;
            expired.createdAt = Instant.now().minus(UserSession.LIFETIME).minusSeconds(60);
            expired.expiresAt = Instant.now().minusSeconds(60);
            expired.persist();
        });

        housekeeping.purge();

        assertFalse(sessionExists(expiredHash), "the expired session is gone");
        assertTrue(sessionExists(Secrets.sha256(editor.sessionCookie())), "the live session is kept");
        editor.session().get("/api/v1/auth/me").then().statusCode(200);
    }

    private static boolean sessionExists(String tokenHash) {
        return QuarkusTransaction.requiringNew().call(() -> UserSession.count("tokenHash", tokenHash) > 0);
    }
}
