package no.planstatus.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details: the one error format of the API. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details (media type application/problem+json).")
public record Problem(
        @Schema(required = true, examples = "urn:planstatus:problem:invalid-parameter") String type,
        @Schema(required = true, examples = "Bad Request") String title,
        @Schema(required = true, examples = "400") int status,
        @Schema(examples = "Ett eller flere parametere er ugyldige.") String detail,
        @Schema(examples = "/api/v1/measures") String instance,
        @Schema(description = "Field-level violations, when the request was invalid.") List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "Violation")
    public record Violation(
            @Schema(required = true, description = "The request field as the API names it.", examples = "goal")
            String field,
            @Schema(required = true, examples = "må være et positivt heltall") String message) {
    }
}
