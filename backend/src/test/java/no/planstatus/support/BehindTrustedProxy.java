package no.planstatus.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.Map;

/**
 * {@link PublicDeployment} behind a reverse proxy on this machine: only 127.0.0.1 (and ::1) is a trusted proxy, as
 * PLANSTATUS_TRUSTED_PROXIES=127.0.0.1,::1 would set it. A request sent from 127.0.0.1 plays the proxy; one sent
 * from any other loopback address ({@link ClientAddress#from}) is a client that reached the app directly.
 */
public class BehindTrustedProxy implements QuarkusTestProfile {

    /** The proxy's own address: forwarded headers are believed from here only. */
    public static final String PROXY = "127.0.0.1";

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new HashMap<>(new PublicDeployment().getConfigOverrides());
        overrides.put("quarkus.http.proxy.trusted-proxies", PROXY + ",::1");
        return overrides;
    }
}
