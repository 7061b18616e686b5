package org.skillscontest.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code registration.event-opened.v1}: the whole definition of an event, as scoring and ranking need it.
 * {@code advancement} was added within v1: a record written before it has none and reads as
 * {@link AdvancementPolicy#defaults()} (ties at the line all advance, no cap per federation).
 * {@code series} was added within v1 too: the series of editions (届) the competition belongs to, for
 * figures across editions; null when it belongs to none or the record was written before the field.
 * {@code publication} (publicity days of the competition, when to promote) and {@code honours} (the
 * event's honour and upgrade rules, organisation-award points) were added within v1 as well: a
 * record without them reads as {@link PublicationPolicy#defaults()} and {@link HonourSettings#defaults()}.
 * {@code rounds} was added within v1: the event's rounds in order, the last being the final; empty
 * (or absent in an older record) when the event is a single round.
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
        String series,
        PublicationPolicy publication,
        HonourSettings honours,
        List<Round> rounds) {

    public EventOpened {
        advancement = advancement == null ? AdvancementPolicy.defaults() : advancement;
        publication = publication == null ? PublicationPolicy.defaults() : publication;
        honours = honours == null ? HonourSettings.defaults() : honours;
        rounds = rounds == null ? List.of() : List.copyOf(rounds);
    }

    /** An event without rounds, as the record was before {@code rounds}. */
    public EventOpened(EventRef ref, String competitionName, String regionCode, int edition, int year, LocalDate startsOn,
                       Instant registrationClosesAt, String name, String occupation, int skillLevel, int capacity, int quota,
                       EventRef advancesTo, ScoringScheme scoring, AwardPolicy awards, AdvancementPolicy advancement,
                       String series, PublicationPolicy publication, HonourSettings honours) {
        this(ref, competitionName, regionCode, edition, year, startsOn, registrationClosesAt, name, occupation, skillLevel,
                capacity, quota, advancesTo, scoring, awards, advancement, series, publication, honours, List.of());
    }

    /** Whether the event runs in rounds (two or more); otherwise it is one round, scored by {@code scoring}. */
    public boolean hasRounds() {
        return !rounds.isEmpty();
    }

    /** An event with the default publication and honour settings, as the record was before them. */
    public EventOpened(EventRef ref, String competitionName, String regionCode, int edition, int year, LocalDate startsOn,
                       Instant registrationClosesAt, String name, String occupation, int skillLevel, int capacity, int quota,
                       EventRef advancesTo, ScoringScheme scoring, AwardPolicy awards, AdvancementPolicy advancement,
                       String series) {
        this(ref, competitionName, regionCode, edition, year, startsOn, registrationClosesAt, name, occupation, skillLevel,
                capacity, quota, advancesTo, scoring, awards, advancement, series, null, null, List.of());
    }

    /** An event with the default advancement settings, as the record was before {@code advancement}. */
    public EventOpened(EventRef ref, String competitionName, String regionCode, int edition, int year, LocalDate startsOn,
                       Instant registrationClosesAt, String name, String occupation, int skillLevel, int capacity, int quota,
                       EventRef advancesTo, ScoringScheme scoring, AwardPolicy awards) {
        this(ref, competitionName, regionCode, edition, year, startsOn, registrationClosesAt, name, occupation, skillLevel,
                capacity, quota, advancesTo, scoring, awards, AdvancementPolicy.defaults(), null, null, null, List.of());
    }

    /** An event of a competition in no series, as the record was before {@code series}. */
    public EventOpened(EventRef ref, String competitionName, String regionCode, int edition, int year, LocalDate startsOn,
                       Instant registrationClosesAt, String name, String occupation, int skillLevel, int capacity, int quota,
                       EventRef advancesTo, ScoringScheme scoring, AwardPolicy awards, AdvancementPolicy advancement) {
        this(ref, competitionName, regionCode, edition, year, startsOn, registrationClosesAt, name, occupation, skillLevel,
                capacity, quota, advancesTo, scoring, awards, advancement, null, null, null, List.of());
    }
}
