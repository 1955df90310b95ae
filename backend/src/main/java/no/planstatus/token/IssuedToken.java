package no.planstatus.token;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A newly issued API token and its secret. The secret is shown only in this response.")
public record IssuedToken(
        @Schema(required = true) TokenView token,
        @Schema(required = true, description = "Send as Authorization: Bearer <secret>. Store it now: only its "
                + "hash is kept.", examples = "pst_3q2-Vd0l7mHkX1Jb9s0aQm8E4rT6yU1oPzLcNwK5fGh") String secret) {
}
