package org.skillscontest.scoring.domain;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.UUID;
import org.skillscontest.platform.text.Code;

/** One mark: the entrant by entry id, or (blind marking) by station number. */
public record MarkRow(UUID entryId, @Min(1) Integer station, @NotBlank @Code String module, @NotNull @DecimalMin("0") BigDecimal mark,
                      @Min(0) Long timeUsedSeconds) {
}
