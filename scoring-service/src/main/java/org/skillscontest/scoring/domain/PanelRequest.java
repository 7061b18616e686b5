package org.skillscontest.scoring.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.skillscontest.platform.text.Code;
import jakarta.validation.constraints.Size;
import org.skillscontest.platform.text.Printable;

/**
 * Judges per practical module and the chief judge (裁判长); a theory-only round has no modules, only its chief judge. With {@code excludeOwnFederation}, a
 * judge never marks an entrant of the federation given for the judge in {@code judgeFederations}.
 */
public record PanelRequest(
        @NotBlank @Size(max = 100) @Printable String chiefJudge,
        @NotNull @Size(max = 20) Map<@Code String,
                @NotNull @Size(max = 50) List<@NotBlank @Size(max = 100) @Printable String>> modules,
        @Size(max = 1000) Map<@Size(max = 100) @Printable String, @Code String> judgeFederations,
        Boolean excludeOwnFederation) {
}
