package org.skillscontest.platform.publicview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillscontest.testing.ServiceInfrastructure;

/** A bump moves a scope's revision on when its transaction commits, once per transaction, and not at all when it rolls back. */
@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
class RevisionsTest {

    @Inject
    Revisions revisions;

    private final String competition = Revisions.competition("c-" + UUID.randomUUID());
    private final String series = Revisions.series("s-" + UUID.randomUUID());

    @Test
    void aScopeNeverBumpedIsAtZeroAndEachCommittedTransactionMovesItOnOnce() {
        assertThat(revisions.of(competition)).isZero();
        QuarkusTransaction.requiringNew().run(() -> {
            revisions.bump(List.of(competition, series));
            revisions.bump(List.of(competition)); // twice in one transaction: one step
        });
        assertThat(revisions.of(competition)).isEqualTo(1);
        assertThat(revisions.of(series)).isEqualTo(1);
        QuarkusTransaction.requiringNew().run(() -> revisions.bump(List.of(competition)));
        assertThat(revisions.of(competition)).isEqualTo(2);
        assertThat(revisions.of(series)).isEqualTo(1);
    }

    @Test
    void aBumpIsMadeAtTheEndOfItsTransactionAndRolledBackWithIt() {
        QuarkusTransaction.requiringNew().run(() -> {
            revisions.bump(List.of(competition));
            // not yet: the row is written (and locked) only as the transaction ends
            assertThat(revisions.of(competition)).isZero();
        });
        assertThat(revisions.of(competition)).isEqualTo(1);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            revisions.bump(List.of(competition));
            throw new IllegalStateException("the change failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(revisions.of(competition)).isEqualTo(1);
    }

    @Test
    void aBumpNeedsATransaction() {
        assertThatThrownBy(() -> revisions.bump(List.of(competition))).isInstanceOf(jakarta.transaction.TransactionalException.class);
    }
}
