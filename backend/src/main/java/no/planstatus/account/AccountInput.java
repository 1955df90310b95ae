package no.planstatus.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import no.planstatus.common.EmailAddress;
import no.planstatus.security.FitsBcrypt;
import no.planstatus.security.Role;

/** What an admin may set on an account. Id, version, timestamps and the password hash are the server's. */
public final class AccountInput {

    private AccountInput() {
    }

    @Schema(name = "AccountCreate")
    public record Create(
            @NotNull(message = "må fylles ut")
            @Pattern(regexp = "[a-z0-9._-]{3,100}", message = "må ha 3 til 100 tegn: små bokstaver a-z, tall og . _ -")
            @Schema(description = "Unique, whatever the case.", examples = "kari.nordmann") String username,
            @NotBlank(message = "må fylles ut") @Size(max = 200, message = "kan ha høyst 200 tegn")
            @Schema(description = "Shown in the web app and as the author of reports.", examples = "Kari Nordmann")
            String displayName,
            @NotNull(message = "må fylles ut") @Size(min = 12, message = "må ha minst 12 tegn") @FitsBcrypt
            @Schema(maxLength = FitsBcrypt.MAX_BYTES, description = "Stored as a bcrypt hash; never returned. "
                    + "At most 72 bytes in UTF-8 (bcrypt's limit): æ, ø and å take two.") String password,
            @NotNull(message = "må fylles ut") Role role,
            @Positive(message = "må være et positivt heltall")
            @Schema(description = "Required for REPORTER (the party whose measures they report on); not allowed "
                    + "for other roles.") Long partyId,
            @EmailAddress @Size(max = EmailAddress.MAX_LENGTH, message = "kan ha høyst 320 tegn")
            @Schema(nullable = true, maxLength = EmailAddress.MAX_LENGTH, description = "Where reminders are sent; "
                    + "shown to admins and to the account itself only. Leave out or empty for none.",
                    examples = "kari.nordmann@kommune.no") String email) {
    }

    @Schema(name = "AccountUpdate")
    public record Update(
            @NotBlank(message = "må fylles ut") @Size(max = 200, message = "kan ha høyst 200 tegn")
            String displayName,
            @NotNull(message = "må fylles ut") Role role,
            @Positive(message = "må være et positivt heltall")
            @Schema(description = "Required for REPORTER; not allowed for other roles.") Long partyId,
            @NotNull(message = "må fylles ut")
            @Schema(description = "An inactive account cannot sign in; deactivating ends its sessions.")
            Boolean active,
            @Size(min = 12, message = "må ha minst 12 tegn") @FitsBcrypt
            @Schema(maxLength = FitsBcrypt.MAX_BYTES, description = "Sets a new password and ends the account's "
                    + "sessions; leave out to keep it. At most 72 bytes in UTF-8 (bcrypt's limit).")
            String newPassword,
            @EmailAddress @Size(max = EmailAddress.MAX_LENGTH, message = "kan ha høyst 320 tegn")
            @Schema(nullable = true, maxLength = EmailAddress.MAX_LENGTH, description = "Where reminders are sent; "
                    + "shown to admins and to the account itself only. Leave out or empty for none (PUT replaces it).",
                    examples = "kari.nordmann@kommune.no") String email) {
    }
}
