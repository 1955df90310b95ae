package no.planstatus.setting;

import jakarta.validation.constraints.NotNull;
import no.planstatus.change.Snapshot;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The review setting, read and written whole. */
@Schema(name = "ReviewSetting", description = "How progress reports are reviewed before they are public.")
public record ReviewSettingView(
        @NotNull(message = "må fylles ut")
        @Schema(required = true, description = "Whether reports written by reporters wait for an editor's approval "
                + "before they are public. On by default; when off, their reports are public at once.")
        Boolean reportsNeedApproval) {

    /** The audit trail's record of the setting; settings have no numeric id, so the review setting is number 1. */
    record ReviewSettingSnapshot(long id, boolean reportsNeedApproval) implements Snapshot {
    }

    Snapshot snapshot() {
        return new ReviewSettingSnapshot(1, reportsNeedApproval);
    }
}
