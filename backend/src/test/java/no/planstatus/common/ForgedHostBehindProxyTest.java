package no.planstatus.common;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import no.planstatus.support.BehindTrustedProxy;

/**
 * Every case of {@link ForgedHostHeaderTest} again, sent from a trusted proxy: forwarded headers are believed for the
 * client's address and scheme, but a forged Host, X-Forwarded-Host or Forwarded host still never changes a link.
 */
@QuarkusTest
@TestProfile(BehindTrustedProxy.class)
class ForgedHostBehindProxyTest extends ForgedHostHeaderTest {
}
