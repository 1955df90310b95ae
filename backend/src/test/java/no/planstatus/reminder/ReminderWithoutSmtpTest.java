package no.planstatus.reminder;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import no.planstatus.security.Role;
import no.planstatus.support.ProductDefaults;
import no.planstatus.support.TestAccounts;
import no.planstatus.support.TestMailbox;
import no.planstatus.support.TestPlans;
import org.junit.jupiter.api.Test;

/** Without an SMTP server nothing is sent or logged, and editors can see that e-mail is not configured. */
@QuarkusTest
@TestProfile(ProductDefaults.class)
class ReminderWithoutSmtpTest {

    @Inject
    TestPlans plans;

    @Inject
    RoundFixture rounds;

    @Inject
    ReminderService reminders;

    @Test
    void shouldSendNothingAndSaySoWhenNoSmtpServerIsConfigured() {
        TestPlans.Created plan = plans.create(List.of());
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        LocalDate deadline = ReminderTest.uniqueDeadline();
        long round = rounds.openRound(plan.actionPlanId(), deadline, null);
        rounds.assign(round, plan.measureId(1, 1), plan.leadPartyId());
        String kari = RoundFixture.address("kari");
        rounds.reporter(plan.leadPartyId(), "Kari", kari);

        editor.session().get("/api/v1/mail/status").then().statusCode(200).body("configured", equalTo(false));
        editor.session().post("/api/v1/rounds/{id}/reminders", round).then()
                .statusCode(200)
                .body("configured", equalTo(false))
                .body("owing", equalTo(1))
                .body("sent", equalTo(0))
                .body("notSent", equalTo(1));
        assertEquals(List.of(), reminders.sendDue(deadline.minusDays(7)));

        assertEquals(List.of(), TestMailbox.messagesTo(kari));
        editor.session().get("/api/v1/rounds/{id}/reminders", round).then()
                .statusCode(200).body("items.size()", equalTo(0));
    }
}
