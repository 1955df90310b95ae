package no.planstatus.reminder;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import no.planstatus.audit.AuditEvent;
import no.planstatus.report.ReportState;
import no.planstatus.security.Role;
import no.planstatus.support.TestAccounts;
import no.planstatus.support.TestMailbox;
import no.planstatus.support.TestPlans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reminder e-mails through the real SMTP server the tests start (GreenMail): one digest per person who still owes,
 * on the configured days (7 and 1 before the deadline, 1 and 7 after), never twice a day, and a log of every send.
 */
@QuarkusTest
class ReminderTest {

    @Inject
    TestPlans plans;

    @Inject
    RoundFixture rounds;

    @Inject
    ReminderService reminders;

    private TestPlans.Created plan;
    private TestAccounts.Credentials editor;

    @BeforeEach
    void createPlan() {
        plan = plans.create(List.of());
        editor = TestAccounts.create(Role.EDITOR, null);
    }

    @Test
    void shouldSendOneDigestPerPersonWithEverythingTheyOweAndNothingToThoseWhoOweNothing() {
        LocalDate deadline = uniqueDeadline();
        long round = rounds.openRound(plan.actionPlanId(), deadline, "Husk å skrive om budsjettet.");
        long first = plan.measureId(1, 1);
        long second = plan.measureId(1, 2);
        long third = plan.measureId(2, 1);
        rounds.assign(round, first, plan.leadPartyId());
        rounds.assign(round, second, plan.leadPartyId());
        rounds.assign(round, third, plan.partnerPartyId());
        // A draft does not count: the lead still owes both its measures. The partner's submitted report counts.
        rounds.report(round, second, ReportState.DRAFT);
        rounds.report(round, third, ReportState.SUBMITTED);

        String kari = RoundFixture.address("kari");
        String inactive = RoundFixture.address("inaktiv");
        String editorAddress = RoundFixture.address("redaktor");
        String partnerReporter = RoundFixture.address("partner");
        String partnerLink = RoundFixture.address("lenke");
        rounds.reporter(plan.leadPartyId(), "Kari Nordmann", kari);
        rounds.reporter(plan.leadPartyId(), "Uten adresse", null);
        rounds.account(plan.leadPartyId(), "Inaktiv", inactive, Role.REPORTER, false);
        rounds.account(plan.leadPartyId(), "Redaktør", editorAddress, Role.EDITOR, true);
        rounds.reporter(plan.partnerPartyId(), "Partner", partnerReporter);
        rounds.invite(round, plan.partnerPartyId(), "Ola Lenke", partnerLink, false);

        editor.session().post("/api/v1/rounds/{id}/reminders", round).then()
                .statusCode(200)
                .body("configured", equalTo(true))
                .body("owing", equalTo(1))
                .body("sent", equalTo(1))
                .body("notSent", equalTo(0))
                .body("alreadyReminded", equalTo(0));

        List<TestMailbox.Received> received = TestMailbox.messagesTo(kari);
        assertEquals(1, received.size(), "one digest for both measures");
        TestMailbox.Received mail = received.get(0);
        String period = rounds.periodLabel(round);
        String norwegianDeadline = ReminderService.norwegian(deadline);
        assertEquals("Påminnelse: rapport for " + period + " innen " + norwegianDeadline, mail.subject());
        String text = mail.text().replace("\r\n", "\n");
        assertThat(text, containsString("Hei Kari Nordmann,"));
        assertThat(text, containsString("Husk å rapportere for " + period + " innen " + norwegianDeadline
                + ". Vi mangler rapport på disse 2 tiltakene:"));
        assertThat(text, containsString(plan.reference(1, 1) + " første tiltak " + plan.suffix()));
        assertThat(text, containsString(plan.reference(1, 2) + " andre tiltak " + plan.suffix()));
        assertThat(text, containsString("/tiltak/" + first + "/ny-rapport"));
        assertThat(text, containsString("/tiltak/" + second + "/ny-rapport"));
        assertThat(text, not(containsString(plan.reference(2, 1))));
        assertThat(text, containsString("Melding fra sekretariatet:\nHusk å skrive om budsjettet."));
        for (String nobody : List.of(inactive, editorAddress, partnerReporter, partnerLink)) {
            assertEquals(List.of(), TestMailbox.messagesTo(nobody), nobody + " owes nothing");
        }

        editor.session().get("/api/v1/rounds/{id}/reminders", round).then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].kind", equalTo("MANUAL"))
                .body("items[0].recipientName", equalTo("Kari Nordmann"))
                .body("items[0].recipientEmail", equalTo(kari))
                .body("items[0].partyId", equalTo((int) plan.leadPartyId()))
                .body("items[0].measureCount", equalTo(2))
                .body("items[0].outcome", equalTo("SENT"));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "entityType = ?1 and entityId = ?2", "reminders", round)), "the send is in the audit trail");

        // The same day again: nobody is reminded twice.
        editor.session().post("/api/v1/rounds/{id}/reminders", round).then()
                .statusCode(200)
                .body("sent", equalTo(0))
                .body("alreadyReminded", equalTo(1));
        assertEquals(1, TestMailbox.messagesTo(kari).size());
        editor.session().get("/api/v1/rounds/{id}/reminders", round).then().body("items.size()", equalTo(1));
    }

    @Test
    void shouldRemindLinkHoldersAndSendOneDigestPerAddressAcrossParties() {
        LocalDate deadline = uniqueDeadline();
        long round = rounds.openRound(plan.actionPlanId(), deadline, null);
        rounds.assign(round, plan.measureId(1, 1), plan.leadPartyId());
        rounds.assign(round, plan.measureId(2, 1), plan.partnerPartyId());
        String ola = RoundFixture.address("ola");
        String revoked = RoundFixture.address("tilbakekalt");
        rounds.invite(round, plan.partnerPartyId(), "Ola Partner", ola, false);
        rounds.invite(round, plan.partnerPartyId(), "Tilbakekalt", revoked, true);
        String both = RoundFixture.address("begge");
        rounds.reporter(plan.leadPartyId(), "Berit Begge", both);
        rounds.invite(round, plan.partnerPartyId(), "Berit B.", both.toUpperCase(java.util.Locale.ROOT), false);

        editor.session().post("/api/v1/rounds/{id}/reminders", round).then()
                .statusCode(200).body("owing", equalTo(2)).body("sent", equalTo(2));

        List<TestMailbox.Received> toOla = TestMailbox.messagesTo(ola);
        assertEquals(1, toOla.size());
        String olaText = toOla.get(0).text().replace("\r\n", "\n");
        assertThat(olaText, containsString("Vi mangler rapport på dette tiltaket:"));
        assertThat(olaText, containsString(plan.reference(2, 1)));
        assertThat(olaText, containsString("/tiltak/" + plan.measureId(2, 1) + "\n"));
        assertThat(olaText, containsString("Bruk den personlige lenken du fikk fra sekretariatet"));
        assertThat(olaText, not(containsString("Melding fra sekretariatet")));
        assertEquals(List.of(), TestMailbox.messagesTo(revoked));

        List<TestMailbox.Received> toBerit = TestMailbox.messagesTo(both);
        assertEquals(1, toBerit.size(), "one digest for the account and the link of the same address");
        assertThat(toBerit.get(0).text(), containsString(plan.reference(1, 1)));
        assertThat(toBerit.get(0).text(), containsString(plan.reference(2, 1)));
    }

    @Test
    void shouldSendOnTheConfiguredDaysBeforeAndAfterTheDeadlineOnlyOnceADay() {
        LocalDate deadline = uniqueDeadline();
        long round = rounds.openRound(plan.actionPlanId(), deadline, null);
        rounds.assign(round, plan.measureId(1, 1), plan.leadPartyId());
        String kari = RoundFixture.address("kari");
        rounds.reporter(plan.leadPartyId(), "Kari", kari);

        reminders.sendDue(deadline.minusDays(8));
        assertEquals(0, TestMailbox.messagesTo(kari).size(), "8 days before is no reminder day");
        reminders.sendDue(deadline.minusDays(7));
        assertEquals(1, TestMailbox.messagesTo(kari).size(), "7 days before");
        reminders.sendDue(deadline.minusDays(7));
        assertEquals(1, TestMailbox.messagesTo(kari).size(), "a second run the same day sends nothing");
        reminders.sendDue(deadline.minusDays(3));
        reminders.sendDue(deadline);
        assertEquals(1, TestMailbox.messagesTo(kari).size(), "3 days before and the day itself are no reminder days");
        reminders.sendDue(deadline.minusDays(1));
        assertEquals(2, TestMailbox.messagesTo(kari).size(), "1 day before");
        reminders.sendDue(deadline.plusDays(1));
        List<TestMailbox.Received> received = TestMailbox.messagesTo(kari);
        assertEquals(3, received.size(), "1 day after");
        assertEquals("Purring: rapport for " + rounds.periodLabel(round) + " (fristen var "
                + ReminderService.norwegian(deadline) + ")", received.get(2).subject());
        assertThat(received.get(2).text(), containsString("Fristen for å rapportere for "));
        reminders.sendDue(deadline.plusDays(7));
        assertEquals(4, TestMailbox.messagesTo(kari).size(), "7 days after");

        editor.session().get("/api/v1/rounds/{id}/reminders", round).then()
                .statusCode(200)
                .body("items.kind", equalTo(List.of("AFTER_DEADLINE", "AFTER_DEADLINE", "BEFORE_DEADLINE",
                        "BEFORE_DEADLINE")))
                .body("items.outcome", equalTo(List.of("SENT", "SENT", "SENT", "SENT")));

        // Once reported (submitted for approval), nobody is reminded any more.
        rounds.report(round, plan.measureId(1, 1), ReportState.SUBMITTED);
        editor.session().post("/api/v1/rounds/{id}/reminders", round).then()
                .statusCode(200).body("owing", equalTo(0)).body("sent", equalTo(0));
        assertEquals(4, TestMailbox.messagesTo(kari).size());
    }

    @Test
    void shouldRemindOnceWhenTwoInstancesSendAtTheSameTime() throws Exception {
        long round = rounds.openRound(plan.actionPlanId(), uniqueDeadline(), null);
        rounds.assign(round, plan.measureId(1, 1), plan.leadPartyId());
        String kari = RoundFixture.address("kari");
        rounds.reporter(plan.leadPartyId(), "Kari", kari);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));

        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<ReminderRun>> runs = java.util.stream.IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return reminders.sendNow(round, today);
                })).toList();
        start.countDown();
        int sent = 0;
        for (CompletableFuture<ReminderRun> run : runs) {
            sent += run.get().sent();
        }
        assertEquals(1, sent);
        assertEquals(1, TestMailbox.messagesTo(kari).size());
        editor.session().get("/api/v1/rounds/{id}/reminders", round).then().body("items.size()", equalTo(1));
    }

    @Test
    void shouldRefuseAClosedOrUnknownRoundAndKeepTheLogForEditors() {
        long round = rounds.openRound(plan.actionPlanId(), uniqueDeadline(), null);
        rounds.close(round);
        editor.session().post("/api/v1/rounds/{id}/reminders", round).then()
                .statusCode(409)
                .body("type", equalTo("urn:planstatus:problem:conflict"))
                .body("detail", equalTo("Runden er avsluttet. Påminnelser sendes bare i en åpen runde."));
        editor.session().post("/api/v1/rounds/{id}/reminders", 987654321L).then().statusCode(404);
        editor.session().get("/api/v1/rounds/{id}/reminders", 987654321L).then().statusCode(404);
        TestAccounts.create(Role.REPORTER, plan.leadPartyId()).session()
                .get("/api/v1/rounds/{id}/reminders", round).then().statusCode(403);
        given().get("/api/v1/rounds/{id}/reminders", round).then().statusCode(401);
        given().get("/api/v1/mail/status").then().statusCode(401);
        editor.session().get("/api/v1/mail/status").then().statusCode(200).body("configured", equalTo(true));
    }

    /** A deadline no other test's round has, so that a day's run reminds only this test's people. */
    static LocalDate uniqueDeadline() {
        return LocalDate.of(2040, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(100_000));
    }
}
