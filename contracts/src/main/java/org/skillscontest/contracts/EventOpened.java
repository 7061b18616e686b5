package org.skillscontest.contracts;

import java.time.Instant;
import java.time.LocalDate;

/** {@code registration.event-opened.v1}: the whole definition of an event, as scoring and ranking need it. */
public record EventOpened(
        EventRef ref,
        String competitionName,
        String regionCode,
        int edition,
        int year,
        LocalDate startsOn,
        Instant registrationClosesAt,
        String name,
        String occupation,
        int skillLevel,
        int capacity,
        int quota,
        EventRef advancesTo,
        ScoringScheme scoring,
        AwardPolicy awards) {
}
