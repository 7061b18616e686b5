package org.skillscontest.registration.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.skillscontest.platform.text.Printable;

public record FederationRequest(
        @NotNull @Pattern(regexp = Codes.CODE) String code,
        @NotBlank @Size(max = 200) @Printable String name,
        @NotNull @Pattern(regexp = Codes.REGION, message = "must be a 6-digit administrative division code") String regionCode) {
}
