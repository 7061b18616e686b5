package org.skillscontest.registration.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.skillscontest.contracts.AwardMode;
import org.skillscontest.contracts.PromoteWhen;
import org.skillscontest.contracts.CutMode;
import org.skillscontest.contracts.TiesAtLine;
import org.skillscontest.platform.text.Printable;
import jakarta.validation.constraints.Digits;

public record EventRequest(
        @NotNull @Pattern(regexp = Codes.CODE) String code,
        @NotBlank @Size(max = 200) @Printable String name,
        @NotBlank @Size(max = 200) @Printable String occupation,
        @NotNull @Min(1) @Max(5) Integer skillLevel,
        @NotNull @Min(1) Integer capacity,
        @NotNull @Min(0) Integer quota,
        @Valid Target advancesTo,
        @NotNull @Valid Scoring scoring,
        @Valid Awards awards,
        @Valid Advancement advancement,
        PromoteWhen promoteWhen,
        @Valid Honours honours,
        @Size(max = 5) List<@Valid @NotNull RoundRequest> rounds) {

    public record Target(@NotNull @Pattern(regexp = Codes.CODE) String competition,
                         @NotNull @Pattern(regexp = Codes.CODE) String event) {
    }

    public record Scoring(
            @NotNull @Min(0) @Max(100) Integer theoryWeight,
            @NotNull @Min(0) @Max(100) Integer practicalWeight,
            @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal tolerancePercent,
            @NotNull @Size(max = 20) List<@Valid @NotNull Module> modules) {
    }

    public record Module(
            @NotNull @Pattern(regexp = Codes.CODE) String code,
            @NotBlank @Size(max = 200) @Printable String name,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") @Digits(integer = 4, fraction = 2) BigDecimal maxMark,
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
     * One round of an event (初赛, 选拔赛, 决赛), in order. Every round but the last has its own
     * {@code scoring} and a {@code cut} to the next; the last is the final, scored by the event's
     * {@code scoring}, and has neither.
     */
    public record RoundRequest(
            @NotNull @Pattern(regexp = Codes.CODE) String code,
            @NotBlank @Size(max = 100) @Printable String name,
            @Valid Scoring scoring,
            @Valid Cut cut) {
    }

    /**
     * The cut to the next round: {@code TOP_N} places, {@code TOP_PERCENT} of the ranked entrants or
     * {@code SCORE_THRESHOLD} total, optionally capped at {@code capPercent} % of the ranked entrants.
     */
    public record Cut(
            @NotNull CutMode mode,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100000") @Digits(integer = 6, fraction = 2) BigDecimal value,
            @Min(1) @Max(100) Integer capPercent) {
    }

    /**
     * Who advances at the line: {@code ties} ALL (default) or NONE of a group tied across the quota;
     * {@code perFederationCap}: at most this many entrants of one federation advance (null: no cap).
     */
    public record Advancement(TiesAtLine ties, @Min(1) Integer perFederationCap) {
    }

    /**
     * The event's own honour table: places earning the May Day medal and 技术能手 (null: the level's
     * table), upgrade bands (null: the level's; empty: none), organisation-award points (null: 4/3/2/1).
     */
    public record Honours(
            @Min(0) @Max(1000) Integer mayDayPlaces,
            @Min(0) @Max(1000) Integer technicalExpertPlaces,
            @Size(max = 10) List<@Valid @NotNull Upgrade> upgrades,
            @Valid OrganisationAward organisationAward) {
    }

    /** Places {@code fromPlace}–{@code toPlace} upgraded to {@code targetSkillLevel} or by {@code levels} (1, or 2: 越级晋升). */
    public record Upgrade(
            @NotNull @Min(1) @Max(1000) Integer fromPlace,
            @NotNull @Min(1) @Max(1000) Integer toPlace,
            @Min(1) @Max(5) Integer targetSkillLevel,
            @Min(1) @Max(2) Integer levels) {
    }

    /** Points per award in the organisation award (优秀组织奖) table. */
    public record OrganisationAward(
            @NotNull @Min(0) @Max(100) Integer gold,
            @NotNull @Min(0) @Max(100) Integer silver,
            @NotNull @Min(0) @Max(100) Integer bronze,
            @NotNull @Min(0) @Max(100) Integer excellence) {
    }
}
