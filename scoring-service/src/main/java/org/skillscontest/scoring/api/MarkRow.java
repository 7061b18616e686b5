package org.skillscontest.scoring.api;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.UUID;

public record MarkRow(@NotNull UUID entryId, @NotBlank String module, @NotNull @DecimalMin("0") BigDecimal mark,
                      @Min(0) Long timeUsedSeconds) {
}
