package org.skillscontest.contracts;

/** Award settings of an event: counts of places (COUNT) or percentages of ranked entrants (RATIO). */
public record AwardPolicy(AwardMode mode, int gold, int silver, int bronze, int excellence) {

    /** docs/domain.md's default: gold 1, silver 2, bronze 3, no excellence awards. */
    public static AwardPolicy defaults() {
        return new AwardPolicy(AwardMode.COUNT, 1, 2, 3, 0);
    }
}
