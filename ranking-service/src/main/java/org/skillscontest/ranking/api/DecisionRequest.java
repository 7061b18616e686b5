package org.skillscontest.ranking.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.skillscontest.platform.text.FreeText;

/** The chief judge's reason for a rejection, or note on a resolution by correction. */
public record DecisionRequest(@NotBlank @Size(max = 1000) @FreeText String reason) {
}
