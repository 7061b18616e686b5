package org.skillscontest.contracts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * {@code registration.event-opened.v1}: the whole definition of an event, as scoring and ranking need it.
 * {@code advancement} was added within v1: a record written before it has none and reads as
 * {@link AdvancementPolicy#defaults()} (ties at the line all advance, no cap per federation).
 * {@code series} was added within v1 too: the series of editions (届) the competition belongs to, for
 * figures across editions; null when it belongs to none or the record was written before the field.
 */
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
        AwardPolicy awards,
        AdvancementPolicy advancement,
        String series) {

    public EventOpened {
        advancement = advancement == null ? AdvancementPolicy.defaults() : advancement;
    }

    /** An event with the default advancement settings, as the record was before {@code advancement}. */
    public EventOpened(EventRef ref, String competitionName, String regionCode, int edition, int year, LocalDate startsOn,
                       Instant registrationClosesAt, String name, String occupation, int skillLevel, int capacity, int quota,
                       EventRef advancesTo, ScoringScheme scoring, AwardPolicy awards) {
        this(ref, competitionName, regionCode, edition, year, startsOn, registrationClosesAt, name, occupation, skillLevel,
                capacity, quota, advancesTo, scoring, awards, AdvancementPolicy.defaults(), null);
    }

    /** An event of a competition in no series, as the record was before {@code series}. */
    public EventOpened(EventRef ref, String competitionName, String regionCode, int edition, int year, LocalDate startsOn,
                       Instant registrationClosesAt, String name, String occupation, int skillLevel, int capacity, int quota,
                       EventRef advancesTo, ScoringScheme scoring, AwardPolicy awards, AdvancementPolicy advancement) {
        this(ref, competitionName, regionCode, edition, year, startsOn, registrationClosesAt, name, occupation, skillLevel,
                capacity, quota, advancesTo, scoring, awards, advancement, null);
    }
}
