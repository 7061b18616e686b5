package org.skillscontest.scoring.domain;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;

/** A correction after the lock: {@code module} "theory" corrects the theory score (no judge). */
public record CorrectionRequest(@NotNull UUID entryId, @NotBlank String module, String judge,
                                @NotNull @DecimalMin("0") BigDecimal mark, @NotBlank @Size(max = 500) String reason) {
}
