package no.planstatus.webhook;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.planstatus.audit.AuditEvent;
import no.planstatus.change.ChangeKind;
import no.planstatus.security.Role;
import no.planstatus.support.TestAccounts;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WebhookAuditTest {

    @Test
    void shouldAuditRegisteringAndDeletingAWebhookWithoutItsSecret() {
        TestAccounts.Credentials admin = TestAccounts.create(Role.ADMIN, null);
        String secret = "audit-secret-" + UUID.randomUUID();
        String url = "https://mottak.example.no/planstatus";
        long id = admin.session().body(Map.of("url", url, "secret", secret, "description", "Kommunens arkiv"))
                .post("/api/v1/webhooks").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        admin.session().delete("/api/v1/webhooks/{id}", id).then().statusCode(204);

        String trail = admin.session().queryParam("entityType", "webhook").queryParam("entityId", id)
                .get("/api/v1/audit-events").then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("items.action", equalTo(List.of("DELETE", "CREATE")))
                .body("items.actorName", equalTo(List.of("Test " + admin.username(), "Test " + admin.username())))
                .body("items[1].before", nullValue())
                .body("items[1].after.url", equalTo(url))
                .body("items[1].after.description", equalTo("Kommunens arkiv"))
                .body("items[1].after", not(hasKey("secret")))
                .body("items[0].before.url", equalTo(url))
                .body("items[0].before", not(hasKey("secret")))
                .body("items[0].after", nullValue())
                .extract().asString();
        assertFalse(trail.contains(secret), "the audit trail as the API shows it holds the secret");

        List<AuditEvent> stored = QuarkusTransaction.requiringNew().call(() -> AuditEvent
                .<AuditEvent>list("entityType = ?1 and entityId = ?2", ChangeKind.Resource.WEBHOOK, id));
        assertEquals(2, stored.size());
        for (AuditEvent event : stored) {
            String snapshots = event.beforeJson + " " + event.afterJson;
            assertFalse(snapshots.contains(secret), "a stored audit snapshot holds the secret");
            assertFalse(snapshots.contains("\"secret\""), "a stored audit snapshot names the secret");
        }
    }
}
