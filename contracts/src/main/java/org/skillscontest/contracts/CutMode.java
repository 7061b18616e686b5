package org.skillscontest.contracts;

/** How a round's cut to the next round is drawn (docs/domain.md, rounds). */
public enum CutMode {
    /** The top {@code value} places. */
    TOP_N,
    /** The top {@code value} % of the round's ranked entrants, rounded down, at least 1. */
    TOP_PERCENT,
    /** Every entrant whose total reaches {@code value}. */
    SCORE_THRESHOLD
}
