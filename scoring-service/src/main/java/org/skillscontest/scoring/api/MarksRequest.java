package org.skillscontest.scoring.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.skillscontest.scoring.domain.MarkRow;

public record MarksRequest(@NotEmpty @Size(max = 5000) List<@Valid @NotNull MarkRow> marks) {
}
