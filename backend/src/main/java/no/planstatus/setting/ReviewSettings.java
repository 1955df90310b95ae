package no.planstatus.setting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.planstatus.change.Change;
import no.planstatus.change.ChangeKind;
import no.planstatus.change.Changes;

/**
 * Whether reporters' reports wait for an editor's approval before they are public (on unless an admin turns it off).
 * Stored as one {@link AppSetting}; a change is published as {@link ChangeKind#SETTING_UPDATED}, so it is audited.
 */
@ApplicationScoped
@Transactional
public class ReviewSettings {

    public static final String NEEDS_APPROVAL = "reports-need-approval";

    private final Changes changes;

    public ReviewSettings(Changes changes) {
        this.changes = changes;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean reportsNeedApproval() {
        return AppSetting.<AppSetting>findByIdOptional(NEEDS_APPROVAL).map(s -> Boolean.parseBoolean(s.value))
                .orElse(true);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReviewSettingView view() {
        return new ReviewSettingView(reportsNeedApproval());
    }

    public ReviewSettingView update(ReviewSettingView wanted) {
        ReviewSettingView before = view();
        AppSetting setting = AppSetting.<AppSetting>findByIdOptional(NEEDS_APPROVAL).orElseGet(() -> {
            AppSetting created = new AppSetting();
            created.name = NEEDS_APPROVAL;
            return created;
        });
        setting.value = Boolean.toString(wanted.reportsNeedApproval());
        setting.persist();
        ReviewSettingView after = view(wanted.reportsNeedApproval());
        changes.publish(Change.updated(ChangeKind.SETTING_UPDATED, null, before.snapshot(), after.snapshot()));
        return after;
    }

    private static ReviewSettingView view(boolean needsApproval) {
        return new ReviewSettingView(needsApproval);
    }
}
