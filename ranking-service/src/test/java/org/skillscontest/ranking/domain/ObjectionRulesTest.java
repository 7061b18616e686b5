package org.skillscontest.ranking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.skillscontest.contracts.ObjectionState;
import org.skillscontest.contracts.ResultsState;
import org.skillscontest.ranking.domain.ObjectionRules.Decision;
import org.skillscontest.ranking.domain.ObjectionRules.Refusal;

/** Who may object when, and how an objection is decided: OPEN → REJECTED | RESOLVED_BY_CORRECTION, once. */
class ObjectionRulesTest {

    private static final String CHIEF = "chief-judge-krmy";

    /** Ranked at 10:00 on 10 May in China, 5 days: open until 00:00 on 16 May in China (15 May 16:00 UTC). */
    private static final PublicityPeriod PERIOD = new PublicityPeriod(Instant.parse("2027-05-10T02:00:00Z"), 5);
    private static final Instant DURING = Instant.parse("2027-05-13T02:00:00Z");
    private static final Instant LAST_MOMENT = Instant.parse("2027-05-15T15:59:59Z");
    private static final Instant AFTER = Instant.parse("2027-05-15T16:00:00Z");

    @Test
    void aFederationObjectsToItsOwnEntrantWhileTheResultsAreProvisionalAndThePeriodOpen() {
        assertThat(ObjectionRules.lodge(ResultsState.PROVISIONAL, PERIOD, DURING, "KRMY", "KRMY", false)).isEmpty();
        assertThat(ObjectionRules.lodge(ResultsState.PROVISIONAL, PERIOD, LAST_MOMENT, "KRMY", "KRMY", false)).isEmpty();
    }

    @Test
    void notForAnotherFederationsEntrantNorOneWhoseFederationIsUnknown() {
        assertThat(ObjectionRules.lodge(ResultsState.PROVISIONAL, PERIOD, DURING, "KRMY", "DSZ", false))
                .contains(Refusal.NOT_OWN_ENTRANT);
        assertThat(ObjectionRules.lodge(ResultsState.PROVISIONAL, PERIOD, DURING, "KRMY", null, false))
                .contains(Refusal.NOT_OWN_ENTRANT);
        // another federation learns nothing else about the event's state
        assertThat(ObjectionRules.lodge(ResultsState.FINAL, PERIOD, AFTER, "KRMY", "DSZ", true))
                .contains(Refusal.NOT_OWN_ENTRANT);
    }

    @Test
    void notOnceThePeriodHasEndedInChina() {
        assertThat(ObjectionRules.lodge(ResultsState.PROVISIONAL, PERIOD, AFTER, "KRMY", "KRMY", false))
                .contains(Refusal.PERIOD_ENDED);
    }

    @Test
    void notAgainstFinalResultsNorWithNoPeriodAtAll() {
        assertThat(ObjectionRules.lodge(ResultsState.FINAL, PERIOD, DURING, "KRMY", "KRMY", false))
                .contains(Refusal.RESULTS_FINAL);
        PublicityPeriod none = new PublicityPeriod(DURING, 0);
        assertThat(ObjectionRules.lodge(ResultsState.FINAL, none, DURING, "KRMY", "KRMY", false)).contains(Refusal.RESULTS_FINAL);
    }

    @Test
    void oneOpenObjectionPerEntryAtATime() {
        assertThat(ObjectionRules.lodge(ResultsState.PROVISIONAL, PERIOD, DURING, "KRMY", "KRMY", true))
                .contains(Refusal.ALREADY_OPEN);
    }

    @ParameterizedTest
    @EnumSource(Decision.class)
    void anOpenObjectionIsDecidedOnceAfterwardsItIsFinal(Decision decision) {
        assertThat(ObjectionRules.decide(CHIEF, CHIEF, ObjectionState.OPEN, decision, 1, 2)).isEmpty();
        assertThat(decision.outcome()).isNotEqualTo(ObjectionState.OPEN);
        for (Decision again : Decision.values()) {
            assertThat(ObjectionRules.decide(CHIEF, CHIEF, decision.outcome(), again, 1, 3)).contains(Refusal.ALREADY_DECIDED);
        }
    }

    @Test
    void eachDecisionLeadsToItsState() {
        assertThat(Decision.REJECT.outcome()).isEqualTo(ObjectionState.REJECTED);
        assertThat(Decision.RESOLVE_BY_CORRECTION.outcome()).isEqualTo(ObjectionState.RESOLVED_BY_CORRECTION);
    }

    /** objected to, ranked now → may it be resolved by correction? */
    @ParameterizedTest
    @CsvSource({"1, 1, false", "1, 2, true", "2, 2, false", "2, 5, true", "3, 2, false"})
    void aResolutionByCorrectionNeedsANewerVersionARejectionDoesNot(int objected, int ranked, boolean resolvable) {
        Optional<Refusal> resolution = ObjectionRules.decide(CHIEF, CHIEF, ObjectionState.OPEN, Decision.RESOLVE_BY_CORRECTION, objected, ranked);
        assertThat(resolution.isEmpty()).isEqualTo(resolvable);
        if (!resolvable) {
            assertThat(resolution).contains(Refusal.NO_CORRECTION_YET);
        }
        assertThat(ObjectionRules.decide(CHIEF, CHIEF, ObjectionState.OPEN, Decision.REJECT, objected, ranked)).isEmpty();
    }

    /** Only the chief judge heading the panel decides, before anything else is looked at; unknown (older results): any. */
    @ParameterizedTest
    @EnumSource(Decision.class)
    void onlyTheEventsChiefJudgeDecides(Decision decision) {
        assertThat(ObjectionRules.decide(CHIEF, "chief-of-another-event", ObjectionState.OPEN, decision, 1, 2))
                .contains(Refusal.NOT_EVENT_CHIEF_JUDGE);
        assertThat(ObjectionRules.decide(CHIEF, null, ObjectionState.OPEN, decision, 1, 2)).contains(Refusal.NOT_EVENT_CHIEF_JUDGE);
        assertThat(ObjectionRules.decide(CHIEF, "chief-of-another-event", ObjectionState.REJECTED, decision, 1, 1))
                .contains(Refusal.NOT_EVENT_CHIEF_JUDGE);
        assertThat(ObjectionRules.decide(null, "any-chief-judge", ObjectionState.OPEN, decision, 1, 2)).isEmpty();
    }
}
