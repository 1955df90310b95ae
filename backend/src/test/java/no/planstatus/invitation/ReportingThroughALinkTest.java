package no.planstatus.invitation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.planstatus.audit.AuditEvent;
import no.planstatus.change.ChangeKind;
import no.planstatus.measure.Measure;
import no.planstatus.reminder.ReminderLog;
import no.planstatus.report.ProgressReport;
import no.planstatus.report.ReportState;
import no.planstatus.security.Role;
import no.planstatus.security.Secrets;
import no.planstatus.support.ClientAddress;
import no.planstatus.support.TestAccounts;
import no.planstatus.support.TestMailbox;
import no.planstatus.support.TestPlans;
import no.planstatus.support.TestRounds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reporting without an account: an editor sends a personal link by e-mail (to the test's real SMTP server), the
 * person follows the link from the mail and reports. Link holders call from an address of their own, so that the
 * throttle's count for other addresses never meets them.
 */
@QuarkusTest
class ReportingThroughALinkTest {

    private static final Pattern LINK = Pattern.compile("https?://\\S+/rapporter/([A-Za-z0-9_-]+)");

    @Inject
    TestPlans plans;

    @Inject
    TestRounds rounds;

    @Inject
    EntityManager entityManager;

    private TestPlans.Created plan;
    private TestAccounts.Credentials editor;
    private long roundId;
    private long firstMeasure;
    private long secondMeasure;
    private long partnersMeasure;
    private String holderAddress;

    @BeforeEach
    void openARound() {
        plan = plans.create(List.of());
        editor = TestAccounts.create(Role.EDITOR, null);
        firstMeasure = plan.measureId(1, 1);
        secondMeasure = plan.measureId(1, 2);
        partnersMeasure = plan.measureId(2, 1);
        roundId = rounds.open(plan.actionPlanId(), LocalDate.of(2031, 10, 1), "Husk å skrive om budsjettet.",
                Map.of(firstMeasure, plan.leadPartyId(), secondMeasure, plan.leadPartyId(),
                        partnersMeasure, plan.partnerPartyId()));
        holderAddress = ClientAddress.fresh();
    }

    @Test
    void shouldMailAWorkingLinkWhoseReportArrivesSubmittedForApprovalSignedByThePerson() {
        String email = fresh();
        Response sent = invite(email);
        sent.then().statusCode(201)
                .body("mailOutcome", equalTo("SENT"))
                .body("link", nullValue())
                .body("invitation.name", equalTo("Kari Nordmann"))
                .body("invitation.partyId", equalTo((int) plan.leadPartyId()));
        assertEquals("no-store", sent.header("Cache-Control"));

        TestMailbox.Received mail = TestMailbox.await(email, 1, Duration.ofSeconds(10)).get(0);
        String text = mail.text().replace("\r\n", "\n");
        assertTrue(mail.subject().contains("2. tertial 2031"), mail.subject());
        for (String expected : List.of("Hei Kari Nordmann", "Test " + editor.username(), "2. tertial 2031",
                "Leder " + plan.suffix(), plan.reference(1, 1) + " første tiltak " + plan.suffix(),
                plan.reference(1, 2) + " andre tiltak " + plan.suffix(), "Fristen er 1. oktober 2031.",
                "Husk å skrive om budsjettet.")) {
            assertTrue(text.contains(expected), "the mail lacks «" + expected + "»:\n" + text);
        }
        assertFalse(text.contains(plan.reference(2, 1)), "the mail names another party's measure:\n" + text);
        String secret = secretIn(text);

        holder(secret).get("/api/v1/invitation").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("name", equalTo("Kari Nordmann"))
                .body("party.name", equalTo("Leder " + plan.suffix()))
                .body("round.periodLabel", equalTo("2. tertial 2031"))
                .body("round.deadlineText", equalTo("1. oktober 2031"))
                .body("round.message", equalTo("Husk å skrive om budsjettet."))
                .body("measures.reference", equalTo(List.of(plan.reference(1, 1), plan.reference(1, 2))))
                .body("measures[0].reports", hasSize(0));

        String reportText = "Rapport fra lenke " + UUID.randomUUID();
        long reportId = holder(secret).body(report(reportText))
                .post("/api/v1/invitation/measures/{id}/reports", firstMeasure).then().statusCode(201)
                .header("Location", containsString("/api/v1/measures/" + firstMeasure + "/reports/"))
                .body("author", equalTo("Kari Nordmann"))
                .body("text", equalTo(reportText))
                .extract().jsonPath().getLong("id");

        QuarkusTransaction.requiringNew().run(() -> {
            ProgressReport stored = ProgressReport.findById(reportId);
            assertEquals(ReportState.SUBMITTED, stored.state);
            assertEquals("Kari Nordmann", stored.author);
            assertEquals(email, stored.authorEmail);
            assertNotNull(stored.invitationId);
            assertNotNull(stored.submittedAt);
            assertEquals("2. tertial 2031", stored.reportingPeriod.label);
            assertNull(stored.period);
            ReportInvitation invitation = ReportInvitation.findById(stored.invitationId);
            assertNotNull(invitation.lastUsedAt, "the link's use was not noted");
            Measure measure = Measure.findById(firstMeasure);
            assertNull(measure.currentReportId, "a report awaiting approval became the measure's status");
            AuditEvent audit = AuditEvent.find("entityType = ?1 and entityId = ?2", ChangeKind.Resource.REPORT_REVIEW,
                    reportId).firstResult();
            assertEquals("INVITATION", audit.actorType);
            assertEquals("Kari Nordmann", audit.actorName);
            assertEquals(holderAddress, audit.clientAddress);
            ReminderLog log = ReminderLog.find("roundId = ?1 and recipientEmail = ?2", roundId, email).firstResult();
            assertEquals("INVITATION", log.kind);
            assertEquals("SENT", log.outcome);
            assertEquals(2, log.measureCount);
        });
        String publicMeasure = io.restassured.RestAssured.given().get("/api/v1/measures/{id}", firstMeasure).asString();
        assertFalse(publicMeasure.contains(reportText), "the submitted report is public: " + publicMeasure);

        holder(secret).get("/api/v1/invitation").then().statusCode(200)
                .body("measures[0].reports.id", equalTo(List.of((int) reportId)))
                .body("measures[1].reports", hasSize(0));
    }

    @Test
    void shouldKeepOnlyTheSecretsHashInTheInvitationAndTheAuditTrail() {
        String email = fresh();
        long invitationId = invite(email).then().statusCode(201).extract().jsonPath().getLong("invitation.id");
        String secret = secretIn(TestMailbox.await(email, 1, Duration.ofSeconds(10)).get(0).text());
        editor.session().post("/api/v1/invitations/{id}/revoke", invitationId).then().statusCode(200);

        QuarkusTransaction.requiringNew().run(() -> {
            Object[] row = (Object[]) entityManager.createNativeQuery("SELECT * FROM report_invitation WHERE id = ?1")
                    .setParameter(1, invitationId).getSingleResult();
            String columns = Arrays.toString(row);
            assertFalse(columns.contains(secret), "the secret is stored: " + columns);
            assertTrue(columns.contains(Secrets.sha256(secret)), "no hash of the secret: " + columns);
            List<AuditEvent> audit = AuditEvent.list("entityType = ?1 and entityId = ?2",
                    ChangeKind.Resource.INVITATION, invitationId);
            assertEquals(2, audit.size(), "sent and revoked");
            for (AuditEvent event : audit) {
                String snapshots = event.beforeJson + " " + event.afterJson;
                assertFalse(snapshots.contains(secret) || snapshots.contains(Secrets.sha256(secret)),
                        "the audit trail holds the secret or its hash: " + snapshots);
            }
        });
        String listed = editor.session().get("/api/v1/rounds/{id}/invitations", roundId).then().statusCode(200)
                .body("items.find { it.id == " + invitationId + " }.email", equalTo(email))
                .body("items.find { it.id == " + invitationId + " }.revokedAt", notNullValue())
                .extract().asString();
        assertFalse(listed.contains(secret) || listed.contains(Secrets.sha256(secret)), listed);
    }

    @Test
    void shouldRefuseARevokedLinkWithTheSameAnswerAsAWrongOne() {
        String email = fresh();
        long invitationId = invite(email).then().statusCode(201).extract().jsonPath().getLong("invitation.id");
        String secret = secretIn(TestMailbox.await(email, 1, Duration.ofSeconds(10)).get(0).text());
        holder(secret).get("/api/v1/invitation").then().statusCode(200);

        editor.session().post("/api/v1/invitations/{id}/revoke", invitationId).then().statusCode(200)
                .body("revokedAt", notNullValue());

        String revoked = refused(holder(secret).get("/api/v1/invitation"));
        String wrong = refused(holder(Secrets.random(24)).get("/api/v1/invitation"));
        assertEquals(wrong, revoked);
        refused(holder(secret).body(report("Etter tilbaketrekking"))
                .post("/api/v1/invitation/measures/{id}/reports", firstMeasure));
    }

    @Test
    void shouldRefuseTheLinkOnceItsRoundIsClosed() {
        String email = fresh();
        invite(email).then().statusCode(201);
        String secret = secretIn(TestMailbox.await(email, 1, Duration.ofSeconds(10)).get(0).text());
        holder(secret).get("/api/v1/invitation").then().statusCode(200);

        rounds.close(roundId);

        refused(holder(secret).get("/api/v1/invitation"));
        refused(holder(secret).body(report("For sent")).post("/api/v1/invitation/measures/{id}/reports",
                firstMeasure));
        editor.session().body(Map.of("partyId", plan.leadPartyId(), "name", "Ola", "email", fresh()))
                .post("/api/v1/rounds/{id}/invitations", roundId).then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void shouldNotLetALinkReportOnAnotherPartysMeasure() {
        String email = fresh();
        invite(email).then().statusCode(201);
        String secret = secretIn(TestMailbox.await(email, 1, Duration.ofSeconds(10)).get(0).text());

        holder(secret).body(report("Ikke vårt tiltak"))
                .post("/api/v1/invitation/measures/{id}/reports", partnersMeasure).then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("Lenken gjelder ikke dette tiltaket"));
        QuarkusTransaction.requiringNew().run(() ->
                assertEquals(0, ProgressReport.count("measure.id", partnersMeasure)));
    }

    @Test
    void shouldCheckTheReportLikeAnyOtherReportAndShowEveryProblem() {
        String email = fresh();
        invite(email).then().statusCode(201);
        String secret = secretIn(TestMailbox.await(email, 1, Duration.ofSeconds(10)).get(0).text());

        holder(secret).body(Map.of("reportDate", "2031-08-31"))
                .post("/api/v1/invitation/measures/{id}/reports", firstMeasure).then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItems("status", "assessment", "text"));
        holder(secret).body(Map.of("reportDate", "2040-01-01", "status", "IN_PROGRESS", "assessment", "ON_TRACK",
                        "text", "Utenfor planen"))
                .post("/api/v1/invitation/measures/{id}/reports", firstMeasure).then().statusCode(400)
                .body("violations[0].field", equalTo("reportDate"));
    }

    @Test
    void shouldRefuseAnInvitationForAPartyWithNothingToReportOrAnInvalidAddress() {
        long otherParty = plans.create(List.of()).leadPartyId();
        editor.session().body(Map.of("partyId", otherParty, "name", "Ola", "email", fresh()))
                .post("/api/v1/rounds/{id}/invitations", roundId).then().statusCode(400)
                .body("violations[0].field", equalTo("partyId"));
        editor.session().body(Map.of("partyId", plan.leadPartyId(), "name", "", "email", "ikke en adresse"))
                .post("/api/v1/rounds/{id}/invitations", roundId).then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItems("name", "email"));
    }

    @Test
    void shouldMakeAnAddressWaitAfterTooManyInvalidLinksEvenWithAValidOne() {
        String email = fresh();
        invite(email).then().statusCode(201);
        String secret = secretIn(TestMailbox.await(email, 1, Duration.ofSeconds(10)).get(0).text());
        // The wait is 1 s from the last failure. On a loaded machine more than that may pass before the next
        // request arrives, which then rightly goes through: try again from a new address, a few times.
        String guesser = null;
        Response waiting = null;
        for (int attempt = 1; attempt <= 5 && waiting == null; attempt++) {
            guesser = ClientAddress.fresh();
            for (int i = 0; i < InvitationThrottle.FREE_FAILURES - 1; i++) {
                refused(from(guesser, Secrets.random(24)).get("/api/v1/invitation"));
            }
            long beforeLastFailure = System.nanoTime();
            refused(from(guesser, Secrets.random(24)).get("/api/v1/invitation"));
            Response answer = from(guesser, secret).get("/api/v1/invitation");
            int posted = from(guesser, secret).body(report("Gjetter"))
                    .post("/api/v1/invitation/measures/{id}/reports", firstMeasure).statusCode();
            long elapsedMillis = (System.nanoTime() - beforeLastFailure) / 1_000_000;
            if (answer.statusCode() == 429 && posted == 429) {
                waiting = answer;
            } else {
                assertTrue(elapsedMillis >= 1000, "let through " + elapsedMillis + " ms after the last failure: "
                        + answer.statusCode() + ", " + posted);
            }
        }
        assertNotNull(waiting, "never asked fast enough to see the wait");
        waiting.then().statusCode(429).contentType("application/problem+json")
                .body("detail", containsString("Vent 1 sekund"));
        assertEquals("1", waiting.header("Retry-After"));

        holder(secret).get("/api/v1/invitation").then().statusCode(200);
    }

    @Test
    void shouldLetOnlyEditorsSendAndListLinks() {
        TestAccounts.Credentials reporter = TestAccounts.create(Role.REPORTER, plan.leadPartyId());
        reporter.session().get("/api/v1/rounds/{id}/invitations", roundId).then().statusCode(403);
        io.restassured.RestAssured.given().get("/api/v1/rounds/{id}/invitations", roundId).then().statusCode(401);
        editor.session().get("/api/v1/rounds/{id}/invitations", 987654321L).then().statusCode(404);
    }

    private Response invite(String email) {
        return editor.session().body(Map.of("partyId", plan.leadPartyId(), "name", "Kari Nordmann", "email", email))
                .post("/api/v1/rounds/{id}/invitations", roundId);
    }

    private RequestSpecification holder(String secret) {
        return from(holderAddress, secret);
    }

    private static RequestSpecification from(String address, String secret) {
        return ClientAddress.from(address).header("X-Invitation-Secret", secret).contentType(ContentType.JSON);
    }

    /** A 404 problem that says the link is not valid, without saying why; its detail. */
    private static String refused(Response response) {
        response.then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("Lenken er ikke gyldig"));
        return response.jsonPath().getString("detail");
    }

    private static Map<String, Object> report(String text) {
        return Map.of("reportDate", "2031-08-31", "status", "IN_PROGRESS", "assessment", "ON_TRACK",
                "percentComplete", 40, "text", text);
    }

    private static String secretIn(String mailText) {
        Matcher link = LINK.matcher(mailText);
        assertTrue(link.find(), "no link in the mail:\n" + mailText);
        return link.group(1);
    }

    private static String fresh() {
        return "kari-" + UUID.randomUUID() + "@ue-innlandet.test";
    }
}
