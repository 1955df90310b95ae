package no.planstatus.webhook;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.Optional;
import no.planstatus.security.Role;
import no.planstatus.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which receivers a webhook may point at. The test profile allows loopback, so it is switched off here by hand. */
@QuarkusTest
class WebhookReceiverAddressTest {

    private static final String SECRET = "a-webhook-secret-of-some-length";

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8080/hook", "https://LOCALHOST./hook", "http://api.localhost/hook",
        "http://127.0.0.1/hook", "http://127.1.2.3:9000/hook",
        "http://[::1]/hook", "http://[::ffff:127.0.0.1]/hook", "http://0.0.0.0:8080/hook"})
    void shouldRefuseThisMachineWhenLoopbackIsNotAllowed(String url) {
        assertEquals(Optional.of(ReceiverAddress.LOOPBACK_REFUSED), ReceiverAddress.refusal(url, false));
        assertEquals(Optional.empty(), ReceiverAddress.refusal(url, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://169.254.169.254/latest/meta-data/", "http://169.254.0.1/hook",
        "http://[fe80::1]/hook", "http://[FEBF::abcd]:8080/hook"})
    void shouldAlwaysRefuseLinkLocalAddresses(String url) {
        assertEquals(Optional.of(ReceiverAddress.LINK_LOCAL_REFUSED), ReceiverAddress.refusal(url, false));
        assertEquals(Optional.of(ReceiverAddress.LINK_LOCAL_REFUSED), ReceiverAddress.refusal(url, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://intranett.kommune.no/hook", "http://10.0.0.5/hook", "http://172.16.4.2/hook",
        "http://192.168.1.20:8443/hook", "http://[fd12:3456::1]/hook", "http://localhost.kommune.no/hook",
        "http://127.0.0.1.nip.io/hook", "http://169.254.example.no/hook"})
    void shouldAllowPrivateNetworksAndHostNamesWithoutResolvingThem(String url) {
        assertEquals(Optional.empty(), ReceiverAddress.refusal(url, false));
    }

    @Test
    void shouldAnswerALinkLocalUrlWithAViolationOnTheUrl() {
        TestAccounts.Credentials admin = TestAccounts.create(Role.ADMIN, null);
        admin.session().body(Map.of("url", "http://169.254.169.254/latest/meta-data/", "secret", SECRET))
                .post("/api/v1/webhooks").then()
                .statusCode(400)
                .body("type", equalTo("urn:planstatus:problem:bad-request"))
                .body("violations.field", contains("url"))
                .body("violations[0].message", equalTo(ReceiverAddress.LINK_LOCAL_REFUSED));
    }

    @Test
    void shouldRegisterAReceiverOnAPrivateNetwork() {
        TestAccounts.Credentials admin = TestAccounts.create(Role.ADMIN, null);
        long id = admin.session().body(Map.of("url", "http://10.20.30.40/planstatus", "secret", SECRET))
                .post("/api/v1/webhooks").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        admin.session().delete("/api/v1/webhooks/{id}", id).then().statusCode(204);
    }
}
