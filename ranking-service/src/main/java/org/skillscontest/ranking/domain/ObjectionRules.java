package org.skillscontest.ranking.domain;

import java.time.Instant;
import java.util.Optional;
import org.skillscontest.contracts.ObjectionState;
import org.skillscontest.contracts.ResultsState;

/**
 * The life of an objection (异议, docs/domain.md "Publicity and objections"): a federation lodges one
 * about an entrant of its own while the results are PROVISIONAL and the period is open, at most one
 * open objection per entry at a time; the event's chief judge decides it once, by a rejection with a reason
 * or a resolution by correction, which needs a results version newer than the one objected to.
 * OPEN → REJECTED | RESOLVED_BY_CORRECTION; both are final.
 */
public final class ObjectionRules {

    /** Why a step is refused; the service turns each into a problem with a stable code. */
    public enum Refusal {
        /** The results are FINAL: nothing is open to objection any more. */
        RESULTS_FINAL,
        /** The publicity period has ended. */
        PERIOD_ENDED,
        /** The entrant is another federation's. */
        NOT_OWN_ENTRANT,
        /** The entry has an open objection already. */
        ALREADY_OPEN,
        /** The decider is not the chief judge who headed the event's panel for the results shown. */
        NOT_EVENT_CHIEF_JUDGE,
        /** The objection was decided already. */
        ALREADY_DECIDED,
        /** No version newer than the one objected to has been ranked: there is no correction to resolve it by. */
        NO_CORRECTION_YET
    }

    /** What the chief judge decides. */
    public enum Decision {
        REJECT(ObjectionState.REJECTED), RESOLVE_BY_CORRECTION(ObjectionState.RESOLVED_BY_CORRECTION);

        private final ObjectionState outcome;

        Decision(ObjectionState outcome) {
            this.outcome = outcome;
        }

        /** The state the objection is in after this decision. */
        public ObjectionState outcome() {
            return outcome;
        }
    }

    private ObjectionRules() {
    }

    /**
     * Whether {@code federation} may object at {@code now} to an entrant of {@code entrantFederation}
     * in results that are {@code state}, during {@code period}.
     */
    public static Optional<Refusal> lodge(ResultsState state, PublicityPeriod period, Instant now, String federation,
                                          String entrantFederation, boolean openOneForTheEntry) {
        if (entrantFederation == null || !entrantFederation.equals(federation)) {
            return Optional.of(Refusal.NOT_OWN_ENTRANT);
        }
        if (state == ResultsState.FINAL) {
            return Optional.of(Refusal.RESULTS_FINAL);
        }
        if (!period.isOpenAt(now)) {
            return Optional.of(Refusal.PERIOD_ENDED);
        }
        if (openOneForTheEntry) {
            return Optional.of(Refusal.ALREADY_OPEN);
        }
        return Optional.empty();
    }

    /**
     * Whether chief judge {@code by} may decide so an objection in {@code state}, lodged against
     * {@code objectedVersion}, while the event shows {@code rankedVersion}, whose panel {@code chiefJudge}
     * headed (null: results published before scoring said who, when any chief judge decides). Deciding
     * needs no open period: an objection lodged in time is decided whenever the chief judge gets to it,
     * and holds FINAL back meanwhile.
     */
    public static Optional<Refusal> decide(String chiefJudge, String by, ObjectionState state, Decision decision,
                                           int objectedVersion, int rankedVersion) {
        if (chiefJudge != null && !chiefJudge.equals(by)) {
            return Optional.of(Refusal.NOT_EVENT_CHIEF_JUDGE);
        }
        if (state != ObjectionState.OPEN) {
            return Optional.of(Refusal.ALREADY_DECIDED);
        }
        if (decision == Decision.RESOLVE_BY_CORRECTION && rankedVersion <= objectedVersion) {
            return Optional.of(Refusal.NO_CORRECTION_YET);
        }
        return Optional.empty();
    }
}
