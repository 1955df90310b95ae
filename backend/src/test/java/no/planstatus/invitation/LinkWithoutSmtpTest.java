package no.planstatus.invitation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.planstatus.reminder.ReminderLog;
import no.planstatus.security.Role;
import no.planstatus.support.ClientAddress;
import no.planstatus.support.ProductDefaults;
import no.planstatus.support.TestAccounts;
import no.planstatus.support.TestPlans;
import no.planstatus.support.TestRounds;
import org.junit.jupiter.api.Test;

/** Without an SMTP server the link is still made, and the editor gets it once to pass on by hand. */
@QuarkusTest
@TestProfile(ProductDefaults.class)
class LinkWithoutSmtpTest {

    @Inject
    TestPlans plans;

    @Inject
    TestRounds rounds;

    @Test
    void shouldMakeTheLinkAndShowItOnceWhenNoEmailCanBeSent() {
        TestPlans.Created plan = plans.create(List.of());
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        long roundId = rounds.open(plan.actionPlanId(), LocalDate.of(2031, 10, 1), null,
                Map.of(plan.measureId(1, 1), plan.leadPartyId()));
        String email = "kari-" + UUID.randomUUID() + "@kommune.test";

        String link = editor.session().body(Map.of("partyId", plan.leadPartyId(), "name", "Kari", "email", email))
                .post("/api/v1/rounds/{id}/invitations", roundId).then().statusCode(201)
                .body("mailOutcome", equalTo("NOT_CONFIGURED"))
                .body("mailError", containsString("PLANSTATUS_SMTP_HOST"))
                .body("link", containsString("/rapporter/"))
                .extract().jsonPath().getString("link");
        String secret = link.substring(link.lastIndexOf('/') + 1);

        ClientAddress.from(ClientAddress.fresh()).header("X-Invitation-Secret", secret).get("/api/v1/invitation")
                .then().statusCode(200).body("name", equalTo("Kari"));
        editor.session().get("/api/v1/rounds/{id}/invitations", roundId).then().statusCode(200)
                .body("items[0].email", equalTo(email))
                .body("items[0].link", nullValue())
                .body(not(containsString(secret)));
        QuarkusTransaction.requiringNew().run(() -> assertEquals("NOT_CONFIGURED",
                ReminderLog.<ReminderLog>find("recipientEmail", email).firstResult().outcome));
    }
}
