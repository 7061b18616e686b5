package org.skillscontest.contracts;

/**
 * Whether an entrant of published results competes for places. Withdrawn (退赛) and disqualified
 * (取消资格) entrants are listed, but take no place and no award slot (docs/domain.md, ranking).
 */
public enum EntrantStatus {
    COMPETING,
    WITHDRAWN,
    DISQUALIFIED;

    public boolean competing() {
        return this == COMPETING;
    }
}
