package org.skillscontest.registration.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.skillscontest.contracts.AwardMode;
import org.skillscontest.contracts.TiesAtLine;

public record EventRequest(
        @NotNull @Pattern(regexp = Codes.CODE) String code,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 200) String occupation,
        @NotNull @Min(1) @Max(5) Integer skillLevel,
        @NotNull @Min(1) Integer capacity,
        @NotNull @Min(0) Integer quota,
        @Valid Target advancesTo,
        @NotNull @Valid Scoring scoring,
        @Valid Awards awards,
        @Valid Advancement advancement) {

    public record Target(@NotNull @Pattern(regexp = Codes.CODE) String competition,
                         @NotNull @Pattern(regexp = Codes.CODE) String event) {
    }

    public record Scoring(
            @NotNull @Min(0) @Max(100) Integer theoryWeight,
            @NotNull @Min(0) @Max(100) Integer practicalWeight,
            @DecimalMin("0") @DecimalMax("100") BigDecimal tolerancePercent,
            @NotEmpty @Size(max = 20) List<@Valid @NotNull Module> modules) {
    }

    public record Module(
            @NotNull @Pattern(regexp = Codes.CODE) String code,
            @NotBlank @Size(max = 200) String name,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") BigDecimal maxMark,
            @NotNull @Min(0) @Max(100) Integer weight) {
    }

    public record Awards(
            @NotNull AwardMode mode,
            @NotNull @Min(0) Integer gold,
            @NotNull @Min(0) Integer silver,
            @NotNull @Min(0) Integer bronze,
            @NotNull @Min(0) Integer excellence) {
    }

    /**
     * Who advances at the line: {@code ties} ALL (default) or NONE of a group tied across the quota;
     * {@code perFederationCap}: at most this many entrants of one federation advance (null: no cap).
     */
    public record Advancement(TiesAtLine ties, @Min(1) Integer perFederationCap) {
    }
}
