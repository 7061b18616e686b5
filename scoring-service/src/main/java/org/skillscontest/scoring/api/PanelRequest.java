package org.skillscontest.scoring.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;

/** Judges per practical module, and the chief judge (裁判长). */
public record PanelRequest(@NotBlank String chiefJudge, @NotEmpty Map<String, @NotNull List<@NotBlank String>> modules) {
}
