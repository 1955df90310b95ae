package no.planstatus.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Planstatus as an operator deploys it: behind a public address with a path (given without the trailing slash, to
 * check that it is normalised) and with a small response-cache budget, so that eviction shows after a few hundred
 * answers. Test classes that share this profile share one application start.
 */
public class PublicDeployment implements QuarkusTestProfile {

    /** What {@link #PUBLIC_URL} becomes: every absolute link starts with this. */
    public static final String LINK_BASE = "https://intranett.kommune.example/planstatus/";
    public static final String PUBLIC_URL = "https://intranett.kommune.example/planstatus";
    public static final long CACHE_BYTES = 256 * 1024;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("planstatus.public-url", PUBLIC_URL,
                "planstatus.response-cache.max-bytes", String.valueOf(CACHE_BYTES));
    }
}
