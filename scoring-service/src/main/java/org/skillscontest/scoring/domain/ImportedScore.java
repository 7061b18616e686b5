package org.skillscontest.scoring.domain;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.skillscontest.platform.text.FreeText;
import org.skillscontest.platform.text.Printable;

/**
 * One row of an outside exam platform's export: the entrant by entry id or by ID number (one of
 * them), the score out of 100, and optionally the answers given (question → answer), kept with the
 * score for the audit. Row-level mistakes are answered per row, so one bad row of 40,000 does not
 * hold back the others.
 */
public record ImportedScore(
        UUID entryId,
        @Size(max = 18) String idNumber,
        BigDecimal score,
        @Size(max = 500) Map<@Size(max = 64) @Printable String, @Size(max = 200) @FreeText String> answers) {
}
