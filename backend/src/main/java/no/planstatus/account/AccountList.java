package no.planstatus.account;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Accounts, by username.")
public record AccountList(@Schema(required = true) List<AccountView> items) {
}
