package no.planstatus.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import no.planstatus.setting.AppSetting;
import no.planstatus.setting.ReviewSettings;

/**
 * Puts run-time settings back to what a test expects: the settings are shared by every test of the run, and some
 * (the contract fuzz test, the setting's own tests) change them.
 */
public final class TestSettings {

    private TestSettings() {
    }

    /** Reporters' reports wait for an editor's approval, as on a fresh install. */
    public static void reportsNeedApproval() {
        QuarkusTransaction.requiringNew().run(() -> AppSetting.deleteById(ReviewSettings.NEEDS_APPROVAL));
    }
}
