package org.skillscontest.scoring.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.skillscontest.scoring.domain.ImportedScore;

/** A round's theory scores from an outside exam platform: a preliminary of 42,650 entrants is one request. */
public record TheoryImportRequest(@NotEmpty @Size(max = TheoryImportRequest.MAX_ROWS) List<@Valid @NotNull ImportedScore> scores) {

    public static final int MAX_ROWS = 50_000;
}
