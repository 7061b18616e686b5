package org.skillscontest.scoring.domain;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.UUID;
import org.skillscontest.platform.text.Code;

/**
 * One mark: the entrant by entry id, or (blind marking) by station number. A mark above its module's
 * maximum is refused in its row; one above any module's (1000) or with more than two decimals, which the
 * database would round, refuses the request.
 */
public record MarkRow(UUID entryId, @Min(1) Integer station, @NotBlank @Code String module,
                      @NotNull @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 2) BigDecimal mark,
                      @Min(0) Long timeUsedSeconds) {
}
