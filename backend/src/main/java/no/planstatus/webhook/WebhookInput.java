package no.planstatus.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import no.planstatus.report.HttpUrl;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an admin gives when registering a webhook. */
@Schema(name = "WebhookCreate")
public record WebhookInput(
        @NotBlank(message = "må fylles ut") @Size(max = 2000, message = "kan ha høyst 2000 tegn")
        @HttpUrl(message = "må være en fullstendig http- eller https-adresse")
        @Schema(description = "Where events are POSTed. This machine (localhost, 127.0.0.0/8, ::1) and link-local "
                + "addresses (169.254.0.0/16, fe80::/10) are refused; private networks are allowed.", examples = "https://intranett.example.no/planstatus-hook")
        String url,
        @NotBlank(message = "må fylles ut") @Size(min = 16, max = 200, message = "må ha mellom 16 og 200 tegn")
        @Schema(description = "Signs each delivery (X-Planstatus-Signature: sha256=<hex HMAC-SHA256 of the body>). "
                + "Never shown again.", minLength = 16, maxLength = 200) String secret,
        @Size(max = 500, message = "kan ha høyst 500 tegn") @Schema(nullable = true) String description) {
}
