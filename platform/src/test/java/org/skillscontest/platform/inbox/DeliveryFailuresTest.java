package org.skillscontest.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DeliveryFailuresTest {

    @ParameterizedTest
    @ValueSource(strings = {"08000", "08001", "08003", "08006", "40001", "40P01", "53300", "55P03", "57014", "57P01", "57P02",
            "57P03", "58030"})
    void theDatabaseAwayOrContendedIsTransient(String state) {
        assertThat(DeliveryFailures.isTransient(wrapped(new SQLException("x", state)))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"23505", "23503", "22001", "42P01", "42703", "P0001", "XX000"})
    void aRuleOrABugIsNot(String state) {
        assertThat(DeliveryFailures.isTransient(wrapped(new SQLException("x", state)))).isFalse();
    }

    @Test
    void transientKindsWhereverTheyAreInTheCauses() {
        assertThat(DeliveryFailures.isTransient(wrapped(new SQLTransientConnectionException("pool")))).isTrue();
        assertThat(DeliveryFailures.isTransient(wrapped(new SQLException("Acquisition timeout while waiting for new connection")))).isTrue();
        assertThat(DeliveryFailures.isTransient(wrapped(new NotEnoughReplicasException("isr")))).isTrue();
        assertThat(DeliveryFailures.isTransient(new DeliveryDeferredException("stopping", null))).isTrue();
    }

    /** A commit cut off by the server shutting down: the rollback failure carries the SQL error only as suppressed. */
    @Test
    void aTransientErrorSuppressedInsideTheRollbackFailure() {
        RuntimeException rollback = new IllegalStateException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new RuntimeException("commit failed", new SQLException("terminating connection", "57P01")));
        assertThat(DeliveryFailures.isTransient(wrapped(rollback))).isTrue();
        RuntimeException rule = new IllegalStateException("commit failed");
        rule.addSuppressed(new UnprocessableEventException("rule"));
        rule.addSuppressed(new SQLException("x", "57P01"));
        assertThat(DeliveryFailures.isTransient(rule)).isFalse();
        RuntimeException cycle = new IllegalStateException("a");
        RuntimeException other = new IllegalStateException("b", cycle);
        cycle.addSuppressed(other);
        assertThat(DeliveryFailures.isTransient(cycle)).isFalse();
    }

    @Test
    void whatNoRetryMends() {
        assertThat(DeliveryFailures.isTransient(new UnprocessableEventException("rule"))).isFalse();
        assertThat(DeliveryFailures.isTransient(wrapped(new UnprocessableEventException("rule")))).isFalse();
        assertThat(DeliveryFailures.isTransient(wrapped(new RecordTooLargeException("big")))).isFalse();
        assertThat(DeliveryFailures.isTransient(new NullPointerException())).isFalse();
        assertThat(DeliveryFailures.isTransient(new IllegalArgumentException("bad"))).isFalse();
        assertThat(DeliveryFailures.isTransient(new SQLException("no state"))).isFalse();
    }

    private static RuntimeException wrapped(Throwable cause) {
        return new RuntimeException("outer", new IllegalStateException("middle", cause));
    }
}
