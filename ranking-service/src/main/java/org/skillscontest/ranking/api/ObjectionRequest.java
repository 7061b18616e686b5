package org.skillscontest.ranking.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.skillscontest.platform.text.FreeText;

/** A federation's objection (异议) to the results of one of its entrants, with its reason. */
public record ObjectionRequest(@NotNull UUID entryId, @NotBlank @Size(max = 1000) @FreeText String reason) {
}
