package org.skillscontest.scoring.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.skillscontest.platform.text.FreeText;

/** The chief judge disqualifies (取消资格) an entrant, for this reason. */
public record DisqualificationRequest(@NotNull UUID entryId, @NotBlank @Size(max = 500) @FreeText String reason) {
}
