package org.skillscontest.scoring.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.skillscontest.platform.text.Code;
import org.skillscontest.platform.text.FreeText;

/** The chief judge accepts a tolerance flag: the marks stand as they are, for this reason. */
public record AcceptanceRequest(@NotNull UUID entryId, @NotBlank @Code String module,
                                @NotBlank @Size(max = 500) @FreeText String reason) {
}
