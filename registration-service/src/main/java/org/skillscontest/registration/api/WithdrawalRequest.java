package org.skillscontest.registration.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.skillscontest.platform.text.FreeText;

public record WithdrawalRequest(@NotBlank @Size(max = 500) @FreeText String reason) {
}
