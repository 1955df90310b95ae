package no.planstatus.goal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client may set on a goal. Id, version and the plan it belongs to after creation are the server's. */
public final class GoalInput {

    static final int MAX_MATTER_LENGTH = 500;

    private GoalInput() {
    }

    @Schema(name = "GoalCreate")
    public record Create(
            @NotNull(message = "må fylles ut") @Positive(message = "må være et positivt heltall") Long strategicPlanId,
            @NotNull(message = "må fylles ut") @Positive(message = "må være et positivt heltall")
            @Schema(description = "A section of the same strategic plan; the goal is numbered after the section's "
                    + "last goal, and later goals move one number on.") Long sectionId,
            @NotBlank(message = "må fylles ut") @Size(max = 4000, message = "kan ha høyst 4000 tegn") String text,
            @Valid @Schema(description = "Key interest-policy matters listed under the goal; leave out for none.")
            InterestPolicy interestPolicy) {
    }

    @Schema(name = "GoalUpdate")
    public record Update(
            @NotNull(message = "må fylles ut") @Positive(message = "må være et positivt heltall")
            @Schema(description = "A section of the goal's strategic plan.") Long sectionId,
            @NotBlank(message = "må fylles ut") @Size(max = 4000, message = "kan ha høyst 4000 tegn") String text,
            @NotNull(message = "må fylles ut") @Min(value = 1, message = "må være minst 1")
            @Schema(description = "The goal's number in the plan, from 1; the other goals are renumbered 1..n "
                    + "around it. Measure references keep their numbers.") Integer position,
            @Valid @Schema(description = "Key interest-policy matters listed under the goal; leave out for none.")
            InterestPolicy interestPolicy) {
    }

    @Schema(name = "InterestPolicyInput", description = "A heading and the matters listed under it, in order.")
    public record InterestPolicy(
            @NotBlank(message = "må fylles ut") @Size(max = 500, message = "kan ha høyst 500 tegn")
            @Schema(examples = "Sentrale interessepolitiske saker er:") String heading,
            @NotNull(message = "må fylles ut") @Size(max = 50, message = "kan ha høyst 50 saker")
            @Schema(description = "Each matter is 1 to 500 characters.") List<String> matters) {
    }
}
