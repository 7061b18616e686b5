package org.skillscontest.registration.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record FederationRequest(
        @NotNull @Pattern(regexp = Codes.CODE) String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull @Pattern(regexp = Codes.REGION, message = "must be a 6-digit administrative division code") String regionCode) {
}
