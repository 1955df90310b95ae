package no.planstatus.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Planstatus with the product's own defaults where the other test classes change them: no SMTP server (nothing is
 * sent; the pages say so) and webhooks that may not point at this machine. Test classes that share this profile
 * share one application start (each further profile costs the suite a build and a start of its own).
 */
public class ProductDefaults implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("planstatus.mail.smtp-host", "", "planstatus.webhooks.allow-loopback", "false");
    }
}
