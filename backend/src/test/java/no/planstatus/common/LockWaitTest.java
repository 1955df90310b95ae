package no.planstatus.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import no.planstatus.security.Role;
import no.planstatus.support.TestAccounts;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** A write that cannot get a row another transaction holds is answered with a problem to retry, never a 500. */
@QuarkusTest
class LockWaitTest {

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @Test
    void shouldAnswerBusyWithRetryAfterWhenAWriteWaitsTooLongForALock() throws Exception {
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("UPDATE data_revision SET revision = revision WHERE id = 1")
                    .executeUpdate();
            held.countDown();
            try {
                // Held until the write has been answered, or long after H2 gives up waiting (2 s).
                release.await(8, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertTrue(held.await(30, TimeUnit.SECONDS));

        CompletableFuture<Response> write = CompletableFuture.supplyAsync(() -> editor.session()
                .body("{\"slug\": \"laas-" + UUID.randomUUID() + "\", \"name\": \"Låst\", \"kind\": \"INTERNAL_BODY\"}")
                .post("/api/v1/parties"));
        Response response;
        try {
            response = write.get(8, TimeUnit.SECONDS);
        } catch (TimeoutException stillWaiting) {
            // PostgreSQL waits for the lock rather than giving up: the write goes through once it is released.
            release.countDown();
            response = write.get(30, TimeUnit.SECONDS);
        }
        release.countDown();
        holder.get(30, TimeUnit.SECONDS);

        if ("h2".equals(dbKind)) {
            assertEquals(503, response.statusCode(), response.asString());
            assertEquals("application/problem+json", response.contentType());
            assertEquals("2", response.header("Retry-After"));
            assertEquals("urn:planstatus:problem:busy", response.jsonPath().getString("type"));
            assertEquals("Databasen er opptatt med en annen endring (for eksempel en import). Ingenting er lagret; "
                    + "prøv igjen om 2 sekunder.", response.jsonPath().getString("detail"));
        } else {
            assertEquals(201, response.statusCode(), response.asString());
        }
    }
}
