package org.skillscontest.scoring.domain;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.UUID;

public record TheoryRow(@NotNull UUID entryId, @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal score) {
}
