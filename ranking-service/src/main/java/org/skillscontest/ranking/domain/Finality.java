package org.skillscontest.ranking.domain;

import java.time.Instant;
import org.skillscontest.contracts.PromoteWhen;
import org.skillscontest.contracts.ResultsState;

/**
 * When an event's final-round results are FINAL (docs/domain.md "Publicity and objections"): once
 * the publicity period is over and no objection is open; with an objection still open at the end,
 * when the last one is decided. A version ranked during the period (a correction) is PROVISIONAL
 * with the same period; a version ranked after FINAL is FINAL at once. Promotions go out at once or
 * at FINAL as the event says; honours always wait for FINAL.
 */
public final class Finality {

    private Finality() {
    }

    /** Whether results now {@code state} become FINAL at {@code now}. */
    public static boolean isReached(ResultsState state, PublicityPeriod period, Instant now, long openObjections) {
        return state == ResultsState.PROVISIONAL && !period.isOpenAt(now) && openObjections == 0;
    }

    /** Whether the advancing entrants of results in {@code state} are promoted now. */
    public static boolean promotes(PromoteWhen promoteWhen, ResultsState state) {
        return promoteWhen != PromoteWhen.FINAL || state == ResultsState.FINAL;
    }

    /** Whether honours are recommended for results in {@code state}. */
    public static boolean honours(ResultsState state) {
        return state == ResultsState.FINAL;
    }
}
