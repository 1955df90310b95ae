package no.planstatus.token;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "API tokens, newest first, revoked ones included.")
public record TokenList(@Schema(required = true) List<TokenView> items) {
}
