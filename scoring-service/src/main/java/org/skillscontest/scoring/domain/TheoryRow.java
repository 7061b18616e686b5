package org.skillscontest.scoring.domain;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.UUID;
import jakarta.validation.constraints.Digits;

/** A theory score out of 100, with at most two decimals (the database would round more). */
public record TheoryRow(@NotNull UUID entryId,
                        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal score) {
}
