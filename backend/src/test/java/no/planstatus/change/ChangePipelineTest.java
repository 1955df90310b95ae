package no.planstatus.change;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.planstatus.audit.AuditEvent;
import no.planstatus.common.DataRevision;
import no.planstatus.report.Assessment;
import no.planstatus.report.ImplementationStatus;
import no.planstatus.reminder.RoundFixture;
import no.planstatus.security.Role;
import no.planstatus.support.ObservedChanges;
import no.planstatus.support.TestAccounts;
import no.planstatus.support.TestPeriods;
import no.planstatus.support.TestPlans;
import no.planstatus.support.TestSettings;
import no.planstatus.support.TestRounds;
import no.planstatus.support.ClientAddress;
import no.planstatus.support.TestMailbox;
import org.junit.jupiter.api.Test;

/**
 * Every kind of change is published by some write and handled: each write through an editor, the importer or the
 * admin APIs leaves one audit row per change it published, and moves the public revision exactly when one of its
 * changes is public.
 */
@QuarkusTest
class ChangePipelineTest {

    @Inject
    ObservedChanges observed;

    @Inject
    DataRevision revision;

    @Inject
    TestPlans plans;

    @Inject
    RoundFixture rounds;

    @Inject
    TestRounds testRounds;

    private final Set<ChangeKind> published = EnumSet.noneOf(ChangeKind.class);

    @Test
    void shouldPublishEveryKindOfChangeWithAnAuditRowAndMoveTheRevisionOnlyForPublicOnes() {
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        TestAccounts.Credentials admin = TestAccounts.create(Role.ADMIN, null);
        TestPlans.Created fixture = plans.create(List.of(TestPlans.report(LocalDate.of(2031, 5, 1),
                ImplementationStatus.IN_PROGRESS, Assessment.ON_TRACK, 10, "Rapport")));
        observed.drain();

        // The importer: a copy of the fixture under new codes creates one of everything, then a changed copy.
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String document = export(fixture.strategicPlanId()).replace(fixture.suffix(), suffix);
        write(() -> editor.session().body(document).post("/api/v1/import/plan").then().statusCode(200));
        write(() -> editor.session().body(document.replace("Visjon " + suffix, "Ny visjon " + suffix)
                .replace("Seksjon A " + suffix, "Seksjon B " + suffix)).post("/api/v1/import/plan").then()
                .statusCode(200));

        long strategicPlanId = fixture.strategicPlanId();
        long sectionId = given().queryParam("strategicPlan", strategicPlanId).get("/api/v1/goals").then()
                .extract().jsonPath().getLong("items[0].section.id");

        long goalId = write(() -> editor.session().body(Map.of("strategicPlanId", strategicPlanId, "sectionId",
                sectionId, "text", "Nytt mål")).post("/api/v1/goals").then().statusCode(201).extract().jsonPath()
                .getLong("id"));
        write(() -> editor.session().header("If-Match", "\"0\"").body(Map.of("sectionId", sectionId, "text",
                "Endret mål", "position", 3)).put("/api/v1/goals/{id}", goalId).then().statusCode(200));
        write(() -> editor.session().header("If-Match", etag("/api/v1/goals/" + goalId))
                .delete("/api/v1/goals/{id}", goalId).then().statusCode(204));

        String slug = "part-" + suffix;
        long partyId = write(() -> editor.session().body(Map.of("slug", slug, "name", "Part", "kind",
                "INTERNAL_BODY")).post("/api/v1/parties").then().statusCode(201).extract().jsonPath().getLong("id"));
        write(() -> editor.session().header("If-Match", "\"0\"").body(Map.of("name", "Part to", "kind",
                "INTERNAL_BODY")).put("/api/v1/parties/{id}", partyId).then().statusCode(200));

        Map<String, Object> plan = new HashMap<>();
        plan.put("strategicPlanId", strategicPlanId);
        plan.put("code", "P" + suffix);
        plan.put("title", "Plan");
        plan.put("periodStart", 2033);
        plan.put("periodEnd", 2034);
        long actionPlanId = write(() -> editor.session().body(plan).post("/api/v1/action-plans").then()
                .statusCode(201).extract().jsonPath().getLong("id"));
        plan.remove("strategicPlanId");
        plan.remove("code");
        plan.put("title", "Endret plan");
        write(() -> editor.session().header("If-Match", "\"0\"").body(plan)
                .put("/api/v1/action-plans/{id}", actionPlanId).then().statusCode(200));
        write(() -> editor.session().header("If-Match", "\"1\"").delete("/api/v1/action-plans/{id}", actionPlanId)
                .then().statusCode(204));

        Map<String, Object> strategicPlan = new HashMap<>();
        strategicPlan.put("title", "Endret strategisk plan");
        strategicPlan.put("periodStart", 2030);
        strategicPlan.put("periodEnd", 2034);
        write(() -> editor.session().header("If-Match", etag("/api/v1/strategic-plans/" + strategicPlanId))
                .body(strategicPlan).put("/api/v1/strategic-plans/{id}", strategicPlanId).then().statusCode(200));

        long goal = given().get("/api/v1/measures/{id}", fixture.measureId(1, 1)).then().extract().jsonPath()
                .getLong("goal.id");
        long measureId = write(() -> editor.session().body(Map.of("actionPlanId", fixture.actionPlanId(), "goalId",
                goal, "text", "Nytt tiltak", "responsibilityText", "Noen")).post("/api/v1/measures").then()
                .statusCode(201).extract().jsonPath().getLong("id"));
        write(() -> editor.session().header("If-Match", "\"0\"").body(Map.of("goalId", goal, "text",
                "Endret tiltak", "responsibilityText", "Noen", "position", 1)).put("/api/v1/measures/{id}", measureId)
                .then().statusCode(200));

        String responsibilities = "/api/v1/measures/" + measureId + "/responsibilities";
        long responsibilityId = write(() -> editor.session().body(Map.of("partyId", partyId, "role", "LEAD"))
                .post(responsibilities).then().statusCode(201).extract().jsonPath().getLong("id"));
        write(() -> editor.session().header("If-Match", "\"0\"").body(Map.of("role", "PARTNER", "position", 1))
                .put(responsibilities + "/" + responsibilityId).then().statusCode(200));
        write(() -> editor.session().header("If-Match", "\"1\"").delete(responsibilities + "/" + responsibilityId)
                .then().statusCode(204));
        write(() -> editor.session().header("If-Match", etag("/api/v1/measures/" + measureId))
                .delete("/api/v1/measures/{id}", measureId).then().statusCode(204));
        write(() -> editor.session().header("If-Match", "\"1\"").delete("/api/v1/parties/{id}", partyId).then()
                .statusCode(204));

        long periodId = TestPlans.periodId(fixture.actionPlanId(), "Årsrapport 2032");
        write(() -> editor.session().header("If-Match", "\"0\"").body(Map.of("label", "Årsmelding 2032", "startsOn",
                "2032-01-01", "endsOn", "2032-12-31", "locked", false)).put("/api/v1/periods/{id}", periodId).then()
                .statusCode(200));
        write(() -> editor.session().body(Map.of("label", "Ekstra 2032", "startsOn", "2032-01-01", "endsOn",
                "2032-03-31")).post("/api/v1/action-plans/{id}/periods", fixture.actionPlanId()).then()
                .statusCode(201));

        String reports = "/api/v1/measures/" + fixture.measureId(1, 2) + "/reports";
        long period = TestPlans.periodOn(fixture.measureId(1, 2), "2031-09-01");
        Map<String, Object> report = Map.of("periodId", period, "reportDate", "2031-09-01", "status", "IN_PROGRESS", "assessment",
                "ON_TRACK", "text", "Ny rapport");
        long reportId = write(() -> editor.session().body(report).post(reports).then().statusCode(201).extract()
                .jsonPath().getLong("id"));
        write(() -> editor.session().header("If-Match", "\"0\"").body(Map.of("periodId", period, "reportDate", "2031-09-01",
                "status", "COMPLETED", "assessment", "ON_TRACK", "text", "Rettet")).put(reports + "/" + reportId).then()
                .statusCode(200));

        TestSettings.reportsNeedApproval();
        // A reporter's report through review: draft, draft again, submitted, sent back, submitted again, approved.
        TestAccounts.Credentials reporter = TestAccounts.create(Role.REPORTER, fixture.leadPartyId());
        String reviewed = "/api/v1/measures/" + fixture.measureId(1, 1) + "/reports";
        Map<String, Object> draft = new HashMap<>(report);
        draft.put("draft", true);
        long draftId = write(() -> reporter.session().body(draft).post(reviewed).then().statusCode(201).extract()
                .jsonPath().getLong("id"));
        write(() -> reporter.session().header("If-Match", "\"0\"").body(draft).put(reviewed + "/" + draftId).then()
                .statusCode(200));
        write(() -> reporter.session().header("If-Match", "\"1\"").body(report).put(reviewed + "/" + draftId)
                .then().statusCode(200));
        write(() -> editor.session().header("If-Match", "\"2\"").body(Map.of("comment", "Mer om framdriften"))
                .post(reviewed + "/" + draftId + "/return").then().statusCode(200));
        write(() -> reporter.session().header("If-Match", "\"3\"").body(report).put(reviewed + "/" + draftId)
                .then().statusCode(200));
        write(() -> editor.session().header("If-Match", "\"4\"").post(reviewed + "/" + draftId + "/approve").then()
                .statusCode(200));
        write(() -> reporter.session().body(report).post(reviewed).then().statusCode(201));

        write(() -> admin.session().body(Map.of("reportsNeedApproval", false)).put("/api/v1/settings/review").then()
                .statusCode(200));
        write(() -> admin.session().body(Map.of("reportsNeedApproval", true)).put("/api/v1/settings/review").then()
                .statusCode(200));
        long invitedRound = testRounds.open(fixture.actionPlanId(), LocalDate.of(2031, 10, 1), null,
                Map.of(fixture.measureId(1, 1), fixture.leadPartyId()));
        String email = "kari-" + UUID.randomUUID() + "@kommune.test";
        long invitationId = write(() -> editor.session().body(Map.of("partyId", fixture.leadPartyId(), "name", "Kari",
                "email", email)).post("/api/v1/rounds/{id}/invitations", invitedRound).then().statusCode(201).extract()
                .jsonPath().getLong("invitation.id"));
        Matcher link = Pattern.compile("/rapporter/([A-Za-z0-9_-]+)")
                .matcher(TestMailbox.await(email, 1, Duration.ofSeconds(10)).get(0).text());
        assertTrue(link.find());
        write(() -> ClientAddress.from(ClientAddress.fresh()).header("X-Invitation-Secret", link.group(1))
                .contentType(ContentType.JSON).body(report)
                .post("/api/v1/invitation/measures/{id}/reports", fixture.measureId(1, 1)).then().statusCode(201));
        write(() -> editor.session().post("/api/v1/invitations/{id}/revoke", invitationId).then().statusCode(200));

        Map<String, Object> account = new HashMap<>();
        account.put("username", "konto-" + suffix);
        account.put("displayName", "Konto");
        account.put("password", "et langt passord 1");
        account.put("role", "EDITOR");
        long accountId = write(() -> admin.session().body(account).post("/api/v1/accounts").then().statusCode(201)
                .extract().jsonPath().getLong("id"));
        write(() -> admin.session().header("If-Match", "\"0\"").body(Map.of("displayName", "Konto to", "role",
                "EDITOR", "active", true)).put("/api/v1/accounts/{id}", accountId).then().statusCode(200));

        long tokenId = write(() -> admin.session().body(Map.of("name", "Token " + suffix, "role", "EDITOR"))
                .post("/api/v1/tokens").then().statusCode(201).extract().jsonPath().getLong("token.id"));
        write(() -> admin.session().delete("/api/v1/tokens/{id}", tokenId).then().statusCode(204));

        long webhookId = write(() -> admin.session().body(Map.of("url", "http://127.0.0.1:9/hook", "secret",
                "a-webhook-secret-of-some-length")).post("/api/v1/webhooks").then().statusCode(201).extract()
                .jsonPath().getLong("id"));
        write(() -> admin.session().delete("/api/v1/webhooks/{id}", webhookId).then().statusCode(204));

        long round = rounds.openRound(fixture.actionPlanId(), LocalDate.of(2032, 10, 1), null);
        rounds.assign(round, fixture.measureId(1, 1), fixture.leadPartyId());
        rounds.reporter(fixture.leadPartyId(), "Kari", RoundFixture.address("kari"));
        write(() -> editor.session().post("/api/v1/rounds/{id}/reminders", round).then().statusCode(200)
                .body("sent", org.hamcrest.Matchers.equalTo(1)));
        long roundPeriodId = TestPeriods.create(fixture.actionPlanId(), LocalDate.of(2031, 1, 1), LocalDate.of(2031, 4, 30));
        long roundId = write(() -> editor.session().body(Map.of("periodId", roundPeriodId, "deadline", "2031-06-01"))
                .post("/api/v1/rounds").then().statusCode(201).extract().jsonPath().getLong("id"));
        write(() -> editor.session().header("If-Match", "\"0\"").body(Map.of("deadline", "2031-06-15"))
                .put("/api/v1/rounds/{id}", roundId).then().statusCode(200));
        write(() -> editor.session().header("If-Match", "\"1\"").post("/api/v1/rounds/{id}/close", roundId).then()
                .statusCode(200));
        long statusReportId = write(() -> editor.session().body(Map.of("roundId", roundId))
                .post("/api/v1/status-reports").then().statusCode(201).extract().jsonPath().getLong("id"));
        write(() -> editor.session().body(Map.of("reason", "Rettet en skrivefeil"))
                .post("/api/v1/status-reports/{id}/corrections", statusReportId).then().statusCode(201));

        assertEquals(EnumSet.allOf(ChangeKind.class), published, "kinds no write published: "
                + EnumSet.complementOf(EnumSet.copyOf(published)));
    }

    @Test
    void shouldLeaveProductContentOutOfTheAuditTrailButMoveTheRevision() {
        observed.drain();
        long before = revision.current();

        plans.create(List.of());

        List<Change> changes = observed.drain();
        assertFalse(changes.isEmpty());
        assertTrue(changes.stream().allMatch(change -> change.origin() == Change.Origin.PRODUCT_CONTENT));
        assertTrue(revision.current() > before, "the revision did not move");
        for (Change change : changes) {
            assertEquals(0, auditRows(change), "audited: " + change.kind() + " " + change.resourceId());
        }
    }

    /** Runs one write, then checks what it published. */
    private <T> T write(java.util.function.Supplier<T> request) {
        observed.drain();
        long before = revision.current();
        long rowsBefore = allAuditRows();
        T result = request.get();
        List<Change> changes = observed.drain();
        assertFalse(changes.isEmpty(), "the write published nothing");
        assertEquals(changes.size(), allAuditRows() - rowsBefore, "one audit row per change");
        for (Change change : changes) {
            assertTrue(auditRows(change) > 0, "no audit row for " + change.kind() + " " + change.resourceId());
            published.add(change.kind());
        }
        Set<Boolean> visibility = changes.stream().map(change -> change.kind().isPublic()).collect(Collectors.toSet());
        assertEquals(1, visibility.size(), "a write mixes public and internal changes: " + changes);
        boolean moved = revision.current() > before;
        assertEquals(visibility.contains(true), moved, (moved ? "moved" : "left") + " the revision for "
                + changes.stream().map(Change::kind).collect(Collectors.toSet()));
        return result;
    }

    private void write(Runnable request) {
        write(() -> {
            request.run();
            return null;
        });
    }

    private static long auditRows(Change change) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "entityType = ?1 and entityId = ?2 and action = ?3", change.kind().resourceType(),
                change.resourceId(), AuditEvent.Action.valueOf(change.kind().action().name())));
    }

    private static long allAuditRows() {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.count());
    }

    private static String etag(String path) {
        Response response = given().get(path);
        response.then().statusCode(200);
        return response.header("ETag");
    }

    private static String export(long strategicPlanId) {
        return new String(given().queryParam("strategicPlan", strategicPlanId).get("/api/v1/export/plan").then()
                .statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
    }
}
