package no.planstatus.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record LoginRequest(
        @NotBlank(message = "må fylles ut") @Size(max = 100, message = "kan ha høyst 100 tegn") String username,
        @NotBlank(message = "må fylles ut") @Size(max = 200, message = "kan ha høyst 200 tegn") String password) {
}
