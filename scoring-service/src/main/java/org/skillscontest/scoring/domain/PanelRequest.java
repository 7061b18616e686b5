package org.skillscontest.scoring.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;

/**
 * Judges per practical module and the chief judge (裁判长); a theory-only round has no modules, only its chief judge. With {@code excludeOwnFederation}, a
 * judge never marks an entrant of the federation given for the judge in {@code judgeFederations}.
 */
public record PanelRequest(@NotBlank String chiefJudge, @NotNull Map<String, @NotNull List<@NotBlank String>> modules,
                           Map<String, String> judgeFederations, Boolean excludeOwnFederation) {
}
