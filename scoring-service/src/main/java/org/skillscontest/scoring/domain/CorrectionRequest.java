package org.skillscontest.scoring.domain;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import org.skillscontest.platform.text.Code;
import org.skillscontest.platform.text.FreeText;
import org.skillscontest.platform.text.Printable;
import jakarta.validation.constraints.Digits;

/**
 * A correction after the lock: {@code module} "theory" corrects the theory score (no judge). The mark has
 * at most two decimals, as the database keeps it.
 */
public record CorrectionRequest(@NotNull UUID entryId, @NotBlank @Code String module, @Size(max = 100) @Printable String judge,
                                @NotNull @DecimalMin("0") @Digits(integer = 4, fraction = 2) BigDecimal mark,
                                @NotBlank @Size(max = 500) @FreeText String reason) {
}
