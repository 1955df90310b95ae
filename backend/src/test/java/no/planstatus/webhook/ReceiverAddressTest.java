package no.planstatus.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.stream.Stream;
import no.planstatus.webhook.ReceiverAddress.Forbidden;
import no.planstatus.webhook.ReceiverAddress.Policy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which receivers a webhook may point at, judged with the machine's real resolver. */
class ReceiverAddressTest {

    private static final Policy PRODUCTION = new Policy(false, true);
    private static final Policy TESTS = new Policy(true, true);
    private static final Policy NO_PRIVATE_NETWORKS = new Policy(false, false);

    /** Every spelling of a forbidden address, and why it is refused; WebhookReceiverGuardTest sends them all. */
    static Stream<Arguments> forbiddenSpellings() {
        return Stream.of(
                Arguments.of("http://2130706433/hook", ReceiverAddress.NON_CANONICAL_IPV4),
                Arguments.of("http://0/hook", ReceiverAddress.NON_CANONICAL_IPV4),
                Arguments.of("http://0177.0.0.1/hook", ReceiverAddress.NON_CANONICAL_IPV4),
                Arguments.of("http://0x7f.1/hook", ReceiverAddress.NON_CANONICAL_IPV4),
                Arguments.of("http://0x7f000001:8080/hook", ReceiverAddress.NON_CANONICAL_IPV4),
                Arguments.of("http://127.1/hook", ReceiverAddress.NON_CANONICAL_IPV4),
                Arguments.of("http://127.0.0.1./hook", ReceiverAddress.NON_CANONICAL_IPV4),
                Arguments.of("http://2852039166/latest/meta-data/", ReceiverAddress.NON_CANONICAL_IPV4),
                Arguments.of("http://0251.0376.0251.0376/latest/meta-data/", ReceiverAddress.NON_CANONICAL_IPV4),
                Arguments.of("http://[fe80::1%25eth0]/hook", ReceiverAddress.ZONE_ID),
                Arguments.of("http://127.0.0.1/hook", Forbidden.LOOPBACK.violation),
                Arguments.of("http://127.1.2.3:9000/hook", Forbidden.LOOPBACK.violation),
                Arguments.of("http://[::1]/hook", Forbidden.LOOPBACK.violation),
                Arguments.of("http://[0:0:0:0:0:0:0:1]/hook", Forbidden.LOOPBACK.violation),
                Arguments.of("http://[::ffff:127.0.0.1]/hook", Forbidden.LOOPBACK.violation),
                Arguments.of("http://[::ffff:7f00:1]/hook", Forbidden.LOOPBACK.violation),
                Arguments.of("http://[::127.0.0.1]/hook", Forbidden.LOOPBACK.violation),
                Arguments.of("http://[64:ff9b::7f00:1]/hook", Forbidden.LOOPBACK.violation),
                Arguments.of("http://[64:ff9b:1::7f00:1]/hook", Forbidden.LOOPBACK.violation),
                Arguments.of("http://[2002:7f00:1::]/hook", Forbidden.LOOPBACK.violation),
                Arguments.of("http://api.localhost/hook", Forbidden.LOOPBACK.violation),
                Arguments.of("http://0.0.0.0:8080/hook", Forbidden.UNSPECIFIED.violation),
                Arguments.of("http://0.1.2.3/hook", Forbidden.UNSPECIFIED.violation),
                Arguments.of("http://[::]/hook", Forbidden.UNSPECIFIED.violation),
                Arguments.of("http://169.254.169.254/latest/meta-data/", Forbidden.METADATA.violation),
                Arguments.of("http://100.100.100.200/latest/meta-data/", Forbidden.METADATA.violation),
                Arguments.of("http://[fd00:ec2::254]/latest/meta-data/", Forbidden.METADATA.violation),
                Arguments.of("http://[::ffff:169.254.169.254]/latest/meta-data/", Forbidden.METADATA.violation),
                Arguments.of("http://[::ffff:a9fe:a9fe]/latest/meta-data/", Forbidden.METADATA.violation),
                Arguments.of("http://[64:ff9b::a9fe:a9fe]/latest/meta-data/", Forbidden.METADATA.violation),
                Arguments.of("http://169.254.0.1/hook", Forbidden.LINK_LOCAL.violation),
                Arguments.of("http://[fe80::1]/hook", Forbidden.LINK_LOCAL.violation),
                Arguments.of("http://[FEBF::abcd]:8080/hook", Forbidden.LINK_LOCAL.violation),
                Arguments.of("http://224.0.0.1/hook", Forbidden.MULTICAST.violation),
                Arguments.of("http://239.255.255.250:1900/hook", Forbidden.MULTICAST.violation),
                Arguments.of("http://[ff02::1]/hook", Forbidden.MULTICAST.violation),
                Arguments.of("http://255.255.255.255/hook", Forbidden.RESERVED.violation),
                Arguments.of("http://240.0.0.1/hook", Forbidden.RESERVED.violation));
    }

    @ParameterizedTest
    @MethodSource("forbiddenSpellings")
    void shouldRefuseEverySpellingOfAForbiddenAddress(String url, String reason) {
        assertEquals(Optional.of(reason), refusalOf(url, PRODUCTION));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8080/hook", "https://LOCALHOST./hook"})
    void shouldRefuseANameThatResolvesToThisMachine(String url) {
        Optional<String> refusal = ReceiverAddress.refusal(url, PRODUCTION);
        assertTrue(refusal.orElse("").startsWith(Forbidden.LOOPBACK.violation + ": localhost peker til "),
                "refusal was " + refusal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8080/hook", "http://127.0.0.1/hook", "http://[::ffff:127.0.0.1]/hook",
        "http://[::1]/hook", "http://api.localhost/hook"})
    void shouldAllowThisMachineWhenLoopbackIsAllowed(String url) {
        assertEquals(Optional.empty(), refusalOf(url, TESTS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://169.254.169.254/latest/meta-data/", "http://100.100.100.200/",
        "http://[fe80::1]/hook", "http://0.0.0.0/hook", "http://224.0.0.1/hook", "http://2130706433/"})
    void shouldRefuseMetadataLinkLocalUnspecifiedAndOddSpellingsEvenWhenLoopbackIsAllowed(String url) {
        assertTrue(refusalOf(url, TESTS).isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://10.0.0.5/hook", "http://172.16.4.2/hook", "http://172.31.255.1/hook",
        "http://192.168.1.20:8443/hook", "http://100.64.0.1/hook", "http://[fd12:3456::1]/hook",
        "http://[::ffff:10.0.0.1]/hook"})
    void shouldRefusePrivateNetworksOnlyWhenTheyAreTurnedOff(String url) {
        assertEquals(Optional.empty(), refusalOf(url, PRODUCTION));
        assertEquals(Optional.of(Forbidden.PRIVATE.violation), refusalOf(url, NO_PRIVATE_NETWORKS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://intranett.kommune.no/hook", "https://hooks.example.no:8443/planstatus?x=1",
        "http://192.0.2.10/hook", "http://8.8.8.8/hook", "http://172.32.0.1/hook", "http://100.128.0.1/hook",
        "http://[2001:db8::1]/hook", "http://localhost.kommune.no/hook", "http://169.254.example.no/hook",
        "http://0x7f.example.no/hook", "http://hooks.invalid/hook"})
    void shouldAllowPublicAddressesAndNamesThatDoNotResolveToForbiddenOnes(String url) {
        assertEquals(Optional.empty(), refusalOf(url, PRODUCTION));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.no/hook", "http:///hook", "http://exa mple.no/", "mailto:a@example.no"})
    void shouldRefuseWhatIsNotAnHttpUrl(String url) {
        assertEquals(Optional.of(ReceiverAddress.NOT_AN_HTTP_URL), ReceiverAddress.formProblem(url));
    }

    /** What registering says: the form check of the constraint, then the address check of the service. */
    private static Optional<String> refusalOf(String url, Policy policy) {
        Optional<String> form = ReceiverAddress.formProblem(url);
        return form.isPresent() ? form : ReceiverAddress.refusal(url, policy);
    }
}
