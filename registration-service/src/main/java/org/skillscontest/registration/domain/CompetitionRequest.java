package org.skillscontest.registration.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.skillscontest.contracts.Level;
import org.skillscontest.platform.text.Printable;

/**
 * A competition to create. {@code publicityDays}: the publicity period (公示期) of its events'
 * final-round results, 0 to 60 days, 0 for none; default 5. Its year, start and registration deadline
 * fall in the years {@link #FIRST_YEAR} to {@link #LAST_YEAR}.
 */
public record CompetitionRequest(
        @NotNull @Pattern(regexp = Codes.CODE) String code,
        @NotBlank @Size(max = 200) @Printable String name,
        @NotNull Level level,
        @NotNull @Pattern(regexp = Codes.REGION, message = "must be a 6-digit administrative division code") String regionCode,
        @NotNull @Min(1) Integer edition,
        @NotNull @Min(FIRST_YEAR) @Max(LAST_YEAR) Integer year,
        @NotNull LocalDate startsOn,
        @NotNull Instant registrationClosesAt,
        @Pattern(regexp = Codes.CODE) String feeds,
        @Pattern(regexp = Codes.CODE) String series,
        @Min(0) @Max(60) Integer publicityDays) {

    public static final int FIRST_YEAR = 1949;
    public static final int LAST_YEAR = 2999;

    /** Whether the day falls in the years a competition may have. */
    public static boolean inYears(LocalDate day) {
        return day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR;
    }

    /** Whether the instant falls in those years, in UTC. */
    public static boolean inYears(Instant instant) {
        return !instant.isBefore(Instant.parse(FIRST_YEAR + "-01-01T00:00:00Z"))
                && instant.isBefore(Instant.parse((LAST_YEAR + 1) + "-01-01T00:00:00Z"));
    }
}
