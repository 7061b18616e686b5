package org.skillscontest.ranking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillscontest.ranking.domain.PendingResults.AwaitingEntrants;
import org.skillscontest.ranking.domain.PendingResults.Nothing;
import org.skillscontest.ranking.domain.PendingResults.Part;
import org.skillscontest.ranking.domain.PendingResults.Ready;

class PendingResultsTest {

    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();
    private final UUID c = UUID.randomUUID();
    private final Set<UUID> everyone = Set.of(a, b, c);

    @Test
    void aVersionWaitsUntilEveryPartIsHereInWhateverOrderTheyCame() {
        assertThat(PendingResults.assess(0, List.of(new Part(1, 2, 2, List.of(c))), everyone)).isEqualTo(new Nothing());
        assertThat(PendingResults.assess(0, List.of(new Part(1, 2, 2, List.of(c)), new Part(1, 1, 2, List.of(a, b))), everyone))
                .isEqualTo(new Ready(1));
    }

    @Test
    void aPartReceivedTwiceCountsOnce() {
        assertThat(PendingResults.assess(0, List.of(new Part(1, 1, 2, List.of(a)), new Part(1, 1, 2, List.of(a))), everyone))
                .isEqualTo(new Nothing());
    }

    @Test
    void aCompleteVersionThatNamesEntrantsNotYetKnownWaitsForThem() {
        var outcome = PendingResults.assess(0, List.of(new Part(1, 1, 1, List.of(a, b, c))), Set.of(b));
        assertThat(outcome).isInstanceOf(AwaitingEntrants.class);
        assertThat(((AwaitingEntrants) outcome).version()).isEqualTo(1);
        assertThat(((AwaitingEntrants) outcome).unknown()).containsExactlyInAnyOrder(a, c);
        // the registrations arrive: the same parts are now ready
        assertThat(PendingResults.assess(0, List.of(new Part(1, 1, 1, List.of(a, b, c))), everyone)).isEqualTo(new Ready(1));
    }

    @Test
    void theNewestCompleteVersionCountsAndAnIncompleteNewerOneDoesNotHoldBackAnOlderOne() {
        List<Part> both = List.of(new Part(1, 1, 1, List.of(a, b)), new Part(2, 1, 1, List.of(a, b)));
        assertThat(PendingResults.assess(0, both, everyone)).isEqualTo(new Ready(2));
        List<Part> secondIncomplete = List.of(new Part(1, 1, 1, List.of(a, b)), new Part(2, 1, 2, List.of(a)));
        assertThat(PendingResults.assess(0, secondIncomplete, everyone)).isEqualTo(new Ready(1));
    }

    @Test
    void aVersionAlreadyRankedIsNeverRankedAgain() {
        List<Part> parts = List.of(new Part(1, 1, 1, List.of(a)), new Part(2, 1, 1, List.of(a)));
        assertThat(PendingResults.assess(2, parts, everyone)).isEqualTo(new Nothing());
        assertThat(PendingResults.assess(1, parts, everyone)).isEqualTo(new Ready(2));
        assertThat(PendingResults.assess(0, List.of(), everyone)).isEqualTo(new Nothing());
    }

    @Test
    void anEmptyVersionIsReadyOnceItsPartIsHere() {
        assertThat(PendingResults.assess(0, List.of(new Part(1, 1, 1, List.of())), Set.of())).isEqualTo(new Ready(1));
    }
}
