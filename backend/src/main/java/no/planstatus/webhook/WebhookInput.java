package no.planstatus.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an admin gives when registering a webhook. */
@Schema(name = "WebhookCreate")
public record WebhookInput(
        @NotBlank(message = "må fylles ut") @Size(max = 2000, message = "kan ha høyst 2000 tegn")
        @ReceiverUrl
        @Schema(description = "Where events are POSTed. Refused, whatever the spelling and also when a host name "
                + "resolves there: this machine (localhost, 127.0.0.0/8, ::1), unspecified (0.0.0.0/8, ::), "
                + "link-local (169.254.0.0/16, fe80::/10), cloud metadata (169.254.169.254, 100.100.100.200, "
                + "fd00:ec2::254), multicast and reserved addresses. Private networks (10/8, 172.16/12, 192.168/16, "
                + "100.64/10, fc00::/7) are allowed unless the installation turns them off. An IPv4 address must be "
                + "four plain decimal numbers (not 2130706433, 0x7f.1 or 0177.0.0.1).",
                examples = "https://intranett.example.no/planstatus-hook")
        String url,
        @NotBlank(message = "må fylles ut") @Size(min = 16, max = 200, message = "må ha mellom 16 og 200 tegn")
        @Schema(description = "Signs each delivery: X-Planstatus-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "
                + "\"<t>.<body>\">, with the same t in X-Planstatus-Timestamp. Never shown again.", minLength = 16,
                maxLength = 200) String secret,
        @Size(max = 500, message = "kan ha høyst 500 tegn") @Schema(nullable = true) String description) {
}
