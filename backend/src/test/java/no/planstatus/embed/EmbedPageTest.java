package no.planstatus.embed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.planstatus.report.Assessment;
import no.planstatus.report.ImplementationStatus;
import no.planstatus.security.Role;
import no.planstatus.support.TestAccounts;
import no.planstatus.support.TestPlans;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EmbedPageTest {

    @Inject
    TestPlans plans;

    private TestPlans.Created planWithReport() {
        return plans.create(List.of(TestPlans.report(LocalDate.of(2031, 5, 1), ImplementationStatus.IN_PROGRESS,
                Assessment.ON_TRACK, 40, "Godt i gang")));
    }

    private static long goalId(TestPlans.Created plan, int index) {
        return given().queryParam("strategicPlan", plan.strategicPlanId()).get("/api/v1/goals").then()
                .statusCode(200).extract().jsonPath().getLong("items[" + index + "].id");
    }

    @Test
    void shouldRenderAGoalAsNorwegianHtmlWithStatusInWordsAndLastReportDate() {
        TestPlans.Created plan = planWithReport();
        long goal = goalId(plan, 0);
        long measure = plan.measureId(1, 1);

        given().get("/embed/goals/{id}", goal).then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .body(allOf(containsString("<html lang=\"nb\">"),
                        containsString("<title>Status for mål 1 – Planstatus</title>"),
                        containsString("<h1 class=\"ps-title\">Mål 1: mål én " + plan.suffix() + "</h1>"),
                        containsString("<ul class=\"ps-list\">"),
                        containsString("Status: <strong>Pågår</strong> · Vurdering: I rute · 40 % fullført"),
                        containsString("Status: <strong>Ikke rapportert</strong>"),
                        containsString("Sist oppdatert <time datetime=\"2031-05-01\">1. mai 2031</time>"),
                        containsString("/tiltak/" + measure + "\" target=\"_top\">"),
                        containsString("/mal/" + goal + "\" target=\"_top\">Se hele planen</a>")));
    }

    @Test
    void shouldRenderTheWholePlanWithEveryGoalAndItsMeasures() {
        TestPlans.Created plan = planWithReport();

        given().queryParam("plan", plan.strategicPlanId()).get("/embed/plan").then()
                .statusCode(200)
                .body(allOf(containsString("<h1 class=\"ps-title\">Status for Strategisk plan " + plan.suffix()),
                        containsString("<h2 class=\"ps-subtitle\">"),
                        containsString("Mål 1: mål én " + plan.suffix()),
                        containsString("Mål 2: mål to " + plan.suffix()),
                        containsString("tredje tiltak " + plan.suffix()),
                        containsString("\" target=\"_top\">Se hele planen</a>")));
        given().get("/embed/plan").then().statusCode(200).body(containsString("Status for "));
    }

    @Test
    void shouldRenderAMeasureAndWhatAPartyLeadsAndPartnersIn() {
        TestPlans.Created plan = planWithReport();
        long measure = plan.measureId(1, 1);

        given().get("/embed/measures/{id}", measure).then()
                .statusCode(200)
                .body(allOf(containsString("<h1 class=\"ps-title\">Tiltak " + plan.reference(1, 1) + "</h1>"),
                        containsString("første tiltak " + plan.suffix()),
                        containsString("Ansvar: Leder"),
                        containsString("/tiltak/" + measure + "\" target=\"_top\">Se hele planen")));
        given().get("/embed/parties/{id}", plan.partnerPartyId()).then()
                .statusCode(200)
                .body(allOf(containsString("<h1 class=\"ps-title\">Tiltak for Partner " + plan.suffix() + "</h1>"),
                        containsString("<h2 class=\"ps-subtitle\">Ansvarlig for (1)</h2>"),
                        containsString("<h2 class=\"ps-subtitle\">Samarbeidspartner i (1)</h2>"),
                        containsString("/ansvarlige/" + plan.partnerPartyId() + "\" target=\"_top\">Se hele")));
    }

    @Test
    void shouldEscapeStoredTextSoItCannotInjectMarkup() {
        TestPlans.Created plan = planWithReport();
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        String hostile = "<script>alert(\"x\")</script> & <img src=x onerror='y'>";
        long measure = editor.session()
                .body(Map.of("actionPlanId", plan.actionPlanId(), "goalId", goalId(plan, 1), "text", hostile,
                        "responsibilityText", "<b>Leder</b>"))
                .post("/api/v1/measures").then().statusCode(201).extract().jsonPath().getLong("id");

        given().get("/embed/measures/{id}", measure).then()
                .statusCode(200)
                .body(allOf(containsString("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; "
                                + "&lt;img src=x onerror=&#39;y&#39;&gt;"),
                        containsString("Ansvar: &lt;b&gt;Leder&lt;/b&gt;"),
                        not(containsString("<script>")), not(containsString("<img")), not(containsString("<b>"))));
        String goalPage = given().get("/embed/goals/{id}", goalId(plan, 1)).then()
                .statusCode(200)
                .body(containsString("&lt;script&gt;")).extract().body().asString();
        Assertions.assertEquals(1, goalPage.split("<script", -1).length - 1, "only the page's own frame script");
    }

    @Test
    void shouldAnswerAnUnknownIdWithAnHtmlNotFoundPage() {
        for (String path : List.of("/embed/goals/999999999", "/embed/measures/999999999",
                "/embed/parties/999999999", "/embed/plan?plan=999999999")) {
            given().get(path).then()
                    .statusCode(404)
                    .contentType(startsWith("text/html"))
                    .header("Content-Security-Policy", containsString("frame-ancestors *"))
                    .body(allOf(containsString("<html lang=\"nb\">"), containsString("finnes ikke</h1>"),
                            containsString("Se hele planen")));
        }
    }

    @Test
    void shouldAnswerAMalformedIdWithAnHtmlBadRequestPage() {
        for (String path : List.of("/embed/goals/abc", "/embed/measures/0", "/embed/parties/-3",
                "/embed/measures/12345678901234567890", "/embed/plan?plan=x")) {
            given().get(path).then()
                    .statusCode(400)
                    .contentType(startsWith("text/html"))
                    .body(allOf(containsString("<h1 class=\"ps-title\">Ugyldig adresse</h1>"),
                            containsString("må være et positivt heltall")));
        }
    }

    @Test
    void shouldBeFramableFromAnySiteWhileTheAppAndApiMayNotBeFramed() {
        TestPlans.Created plan = planWithReport();
        Response embed = given().get("/embed/measures/{id}", plan.measureId(1, 1));
        embed.then()
                .statusCode(200)
                .header("Content-Security-Policy", allOf(containsString("frame-ancestors *"),
                        containsString("default-src 'none'"), containsString("style-src 'sha256-"),
                        not(containsString("frame-ancestors 'none'"))))
                .header("X-Frame-Options", nullValue())
                .header("X-Content-Type-Options", "nosniff")
                .header("Set-Cookie", nullValue());
        // The CSP allows exactly the page's one inline stylesheet, by its hash; nothing else may be styled inline.
        String csp = embed.header("Content-Security-Policy");
        String allowedHash = csp.replaceAll(".*'sha256-([^']+)'.*", "$1");
        String html = embed.body().asString();
        Assertions.assertEquals(1, html.split("<style", -1).length - 1, "one inline stylesheet");
        String stylesheet = html.substring(html.indexOf("<style>") + "<style>".length(), html.indexOf("</style>"));
        Assertions.assertEquals(sha256Base64(stylesheet), allowedHash);
        Assertions.assertFalse(html.contains("style=\""), "no inline style attributes, which a hash would not allow");
        // One script, a file from the public address (allowed by its origin alone); no inline script, no handler.
        Assertions.assertEquals(1, html.split("<script", -1).length - 1, "one script element");
        String scriptSrc = html.replaceAll("(?s).*<script src=\"([^\"]+)\" defer></script>.*", "$1");
        Assertions.assertTrue(scriptSrc.endsWith("/embed/frame.js"), scriptSrc);
        String scriptOrigin = java.net.URI.create(scriptSrc).resolve("/").toString().replaceAll("/$", "");
        Assertions.assertTrue(csp.contains("; script-src " + scriptOrigin + ";"), csp);
        Assertions.assertFalse(csp.contains("unsafe-inline"), csp);
        Assertions.assertFalse(html.matches("(?s).*\\son[a-z]+=.*"), "no event handler attributes");

        given().get("/api/v1/goals").then()
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Frame-Options", "DENY");
        given().get("/").then()
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Frame-Options", "DENY");
    }

    @Test
    void shouldIgnoreCookiesAndLetSharedCachesKeepPagesForAMinute() {
        TestPlans.Created plan = planWithReport();
        TestAccounts.Credentials editor = TestAccounts.create(Role.EDITOR, null);
        String anonymous = given().get("/embed/parties/{id}", plan.leadPartyId()).then().statusCode(200)
                .extract().body().asString();
        editor.session().get("/embed/parties/{id}", plan.leadPartyId()).then()
                .statusCode(200)
                .header("Cache-Control", "public, max-age=60")
                .header("Set-Cookie", nullValue());
        String signedIn = editor.session().get("/embed/parties/{id}", plan.leadPartyId()).then().extract().body()
                .asString();
        Assertions.assertEquals(anonymous, signedIn, "the page is the same for everyone");
    }

    @Test
    void shouldServeTheWebComponentScriptWithoutABuildStep() {
        given().get("/embed/planstatus-status.js").then()
                .statusCode(200)
                .contentType(containsString("javascript"))
                .header("Cache-Control", "public, max-age=60")
                .header("X-Frame-Options", nullValue())
                .body(allOf(containsString("customElements.define('planstatus-status'"),
                        containsString("textContent"), not(containsString("innerHTML"))));
    }

    @Test
    void shouldServeTheFrameAndResizeScriptsToEveryOrigin() {
        given().get("/embed/frame.js").then()
                .statusCode(200)
                .contentType(containsString("javascript"))
                .header("Cache-Control", "public, max-age=60")
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", nullValue())
                .header("Set-Cookie", nullValue())
                .body(allOf(containsString("window.parent.postMessage({ type: 'planstatus:height', height }, '*')"),
                        containsString("ResizeObserver")));
        given().get("/embed/planstatus-resize.js").then()
                .statusCode(200)
                .contentType(containsString("javascript"))
                .header("Cache-Control", "public, max-age=60")
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", nullValue())
                .header("Set-Cookie", nullValue())
                .body(allOf(containsString("event.origin !== origin"), containsString("document.currentScript"),
                        not(containsString("innerHTML"))));
    }

    @Test
    void shouldApplyValidThemeParameters() {
        TestPlans.Created plan = planWithReport();
        long measure = plan.measureId(1, 1);

        given().queryParam("accent", "A0c").queryParam("compact", "true").queryParam("heading", "3")
                .get("/embed/measures/{id}", measure).then()
                .statusCode(200)
                .body(allOf(containsString("--ps-accent:#aa00cc"), containsString("<body class=\"ps-compact\">"),
                        containsString("<h3 class=\"ps-title\">Tiltak ")));
        given().queryParam("accent", "#123456").get("/embed/plan").then()
                .statusCode(200).body(containsString("--ps-accent:#123456"));
        given().get("/embed/measures/{id}", measure).then()
                .body(allOf(containsString("--ps-accent:" + EmbedTheme.DEFAULT_ACCENT), containsString("<body>"),
                        containsString("<h1 class=\"ps-title\">")));
    }

    @Test
    void shouldRejectInvalidThemeParametersWithAnHtmlPageNamingTheParameter() {
        TestPlans.Created plan = planWithReport();
        long measure = plan.measureId(1, 1);
        Map<String, String> invalid = Map.of(
                "accent", "red;}body{display:none",
                "compact", "yes",
                "heading", "9");
        invalid.forEach((name, value) -> given().queryParam(name, value).get("/embed/measures/{id}", measure).then()
                .statusCode(400)
                .contentType(startsWith("text/html"))
                .body(allOf(containsString("<h1 class=\"ps-title\">Ugyldig visningsvalg</h1>"),
                        containsString("Parameteren " + name + " må være"), not(containsString("red;}")))));
        given().queryParam("accent", "12345").get("/embed/plan").then().statusCode(400)
                .body(containsString("Parameteren accent"));
    }

    private static String sha256Base64(String text) {
        try {
            return java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
