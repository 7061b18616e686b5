package org.skillscontest.registration.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.skillscontest.platform.text.Printable;

/** A federation's submission of one entrant. {@code gender} may be omitted: the ID number decides it. */
public record EntryRequest(
        @NotBlank @Size(max = 100) @Printable String name,
        @NotNull @Size(max = 18) String idNumber,
        Gender gender,
        @Pattern(regexp = "\\+?[0-9][0-9 -]{5,19}", message = "must be a phone number") String phone,
        @NotNull @Valid Employer employer,
        @NotNull @Min(1) @Max(5) Integer currentSkillLevel) {

    public record Employer(@NotBlank @Size(max = 200) @Printable String name, @NotNull @Size(max = 18) String creditCode) {
    }
}
