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

/** A correction after the lock: {@code module} "theory" corrects the theory score (no judge). */
public record CorrectionRequest(@NotNull UUID entryId, @NotBlank @Code String module,
                                @Size(max = 100) @Printable String judge, @NotNull @DecimalMin("0") BigDecimal mark,
                                @NotBlank @Size(max = 500) @FreeText String reason) {
}
