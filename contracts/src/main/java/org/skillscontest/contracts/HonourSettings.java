package org.skillscontest.contracts;

import java.util.List;

/**
 * An event's own honour and upgrade rules and organisation-award points. A null
 * {@code mayDayPlaces}, {@code technicalExpertPlaces} or {@code upgrades} means the table of the
 * event's level (docs/domain.md); an empty {@code upgrades} list means no upgrades. A null
 * {@code organisationAward} reads as {@link OrganisationAward#defaults()}.
 */
public record HonourSettings(Integer mayDayPlaces, Integer technicalExpertPlaces, List<Upgrade> upgrades,
                             OrganisationAward organisationAward) {

    public HonourSettings {
        upgrades = upgrades == null ? null : List.copyOf(upgrades);
        organisationAward = organisationAward == null ? OrganisationAward.defaults() : organisationAward;
    }

    /**
     * Places {@code fromPlace}–{@code toPlace} earn a skill-level upgrade, either to
     * {@code targetSkillLevel} (if the entrant is below it) or by {@code levels} levels above the
     * entrant's own (1, or 2 for 越级晋升); exactly one of the two is set.
     */
    public record Upgrade(int fromPlace, int toPlace, Integer targetSkillLevel, Integer levels) {
    }

    /** Points per award for the organisation award (优秀组织奖) table; default gold 4, silver 3, bronze 2, excellence 1. */
    public record OrganisationAward(int gold, int silver, int bronze, int excellence) {

        public static OrganisationAward defaults() {
            return new OrganisationAward(4, 3, 2, 1);
        }
    }

    /** The level's tables and the default points. */
    public static HonourSettings defaults() {
        return new HonourSettings(null, null, null, OrganisationAward.defaults());
    }
}
