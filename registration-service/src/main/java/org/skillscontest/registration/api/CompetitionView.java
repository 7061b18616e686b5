package org.skillscontest.registration.api;

import java.time.Instant;
import java.time.LocalDate;
import org.skillscontest.contracts.Level;
import org.skillscontest.registration.domain.Competition;

public record CompetitionView(String code, String name, Level level, String regionCode, int edition, int year,
                              LocalDate startsOn, Instant registrationClosesAt, String feeds, String series,
                              int publicityDays) {

    static CompetitionView of(Competition c) {
        return new CompetitionView(c.code, c.name, c.level, c.regionCode, c.edition, c.year, c.startsOn,
                c.registrationClosesAt, c.feeds, c.series, c.publicityDays);
    }
}
