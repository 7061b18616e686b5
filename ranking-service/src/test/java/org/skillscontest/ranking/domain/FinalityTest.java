package org.skillscontest.ranking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.skillscontest.contracts.PromoteWhen;
import org.skillscontest.contracts.ResultsState;

/** FINAL once the period is over and no objection is open; promotions as the event says; honours only when FINAL. */
class FinalityTest {

    private static final Instant RANKED = Instant.parse("2027-05-10T02:00:00Z");
    private static final PublicityPeriod FIVE_DAYS = new PublicityPeriod(RANKED, 5);
    private static final Instant LAST_MOMENT = Instant.parse("2027-05-15T15:59:59Z");
    private static final Instant OVER = Instant.parse("2027-05-15T16:00:00Z");

    @Test
    void provisionalDuringThePeriodFinalOnceItIsOverWithNoObjectionOpen() {
        assertThat(Finality.isReached(ResultsState.PROVISIONAL, FIVE_DAYS, RANKED, 0)).isFalse();
        assertThat(Finality.isReached(ResultsState.PROVISIONAL, FIVE_DAYS, LAST_MOMENT, 0)).isFalse();
        assertThat(Finality.isReached(ResultsState.PROVISIONAL, FIVE_DAYS, OVER, 0)).isTrue();
        assertThat(Finality.isReached(ResultsState.PROVISIONAL, FIVE_DAYS, OVER.plusSeconds(86_400 * 30), 0)).isTrue();
    }

    @Test
    void anObjectionStillOpenAtTheEndHoldsFinalBackUntilTheLastIsDecided() {
        assertThat(Finality.isReached(ResultsState.PROVISIONAL, FIVE_DAYS, OVER, 2)).isFalse();
        assertThat(Finality.isReached(ResultsState.PROVISIONAL, FIVE_DAYS, OVER, 1)).isFalse();
        assertThat(Finality.isReached(ResultsState.PROVISIONAL, FIVE_DAYS, OVER, 0)).isTrue();
        // decided during the period: still the end of the period
        assertThat(Finality.isReached(ResultsState.PROVISIONAL, FIVE_DAYS, LAST_MOMENT, 0)).isFalse();
    }

    @Test
    void withNoPeriodTheResultsAreFinalWhenRanked() {
        assertThat(Finality.isReached(ResultsState.PROVISIONAL, new PublicityPeriod(RANKED, 0), RANKED, 0)).isTrue();
    }

    @Test
    void finalIsReachedOnce() {
        assertThat(Finality.isReached(ResultsState.FINAL, FIVE_DAYS, OVER, 0)).isFalse();
    }

    @Test
    void promotionsGoOutAtOnceByDefaultOrWaitForFinal() {
        assertThat(Finality.promotes(PromoteWhen.PROVISIONAL, ResultsState.PROVISIONAL)).isTrue();
        assertThat(Finality.promotes(PromoteWhen.PROVISIONAL, ResultsState.FINAL)).isTrue();
        assertThat(Finality.promotes(PromoteWhen.FINAL, ResultsState.PROVISIONAL)).isFalse();
        assertThat(Finality.promotes(PromoteWhen.FINAL, ResultsState.FINAL)).isTrue();
        assertThat(Finality.promotes(null, ResultsState.PROVISIONAL)).isTrue();
    }

    @Test
    void honoursAlwaysWaitForFinal() {
        assertThat(Finality.honours(ResultsState.PROVISIONAL)).isFalse();
        assertThat(Finality.honours(ResultsState.FINAL)).isTrue();
    }
}
