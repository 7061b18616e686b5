package org.skillscontest.platform.inbox;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Tells a failure that goes away by itself (the database or the broker is briefly away, a lock or
 * statement timed out, two transactions collided) from a record that no retry can process. The
 * first is retried and holds the partition; only the second may go to the dead-letter topic.
 */
public final class DeliveryFailures {

    /**
     * SQLSTATE codes and classes that describe the infrastructure, not the record: connection
     * exceptions (08), serialization failure and deadlock (40001, 40P01), insufficient resources
     * (53), lock not available (55P03), query cancelled by a statement or lock timeout (57014),
     * server shutting down or starting (57P01–57P03), and system errors (58).
     */
    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "53", "58");
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01", "55P03", "57014", "57P01", "57P02", "57P03");

    private DeliveryFailures() {
    }

    /**
     * Whether waiting and trying again can make the failure go away. The database's own error may sit
     * in a cause or in a suppressed exception: a commit cut off by the server shutting down surfaces
     * as the transaction manager's rollback failure, with the SQL error suppressed inside it.
     */
    public static boolean isTransient(Throwable failure) {
        List<Throwable> all = reachable(failure);
        if (all.stream().anyMatch(t -> t instanceof UnprocessableEventException)) {
            return false; // a rule says no: no retry changes that
        }
        return all.stream().anyMatch(DeliveryFailures::isTransientKind);
    }

    private static boolean isTransientKind(Throwable t) {
        if (t instanceof SQLTransientException || t instanceof SQLRecoverableException
                || t instanceof org.apache.kafka.common.errors.RetriableException
                || t instanceof DeliveryDeferredException || t instanceof AwaitingEarlierRecordException) {
            return true;
        }
        if (t instanceof SQLException sql && isTransientState(sql.getSQLState())) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() == null && sql.getMessage() != null
                && sql.getMessage().startsWith("Acquisition timeout")) {
            return true; // Agroal: no connection came free or could be made in time
        }
        String type = t.getClass().getName();
        return type.equals("org.hibernate.exception.JDBCConnectionException")
                || type.equals("org.hibernate.exception.LockAcquisitionException")
                || type.equals("org.hibernate.PessimisticLockException")
                || type.equals("jakarta.persistence.LockTimeoutException")
                || type.equals("jakarta.persistence.PessimisticLockException")
                || type.equals("jakarta.persistence.QueryTimeoutException");
    }

    /** The failure, its causes, their suppressed exceptions and theirs, each once. */
    private static List<Throwable> reachable(Throwable failure) {
        List<Throwable> found = new ArrayList<>();
        Set<Throwable> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> next = new ArrayDeque<>();
        if (failure != null) {
            next.add(failure);
        }
        while (!next.isEmpty()) {
            Throwable t = next.poll();
            if (!seen.add(t)) {
                continue;
            }
            found.add(t);
            if (t.getCause() != null) {
                next.add(t.getCause());
            }
            next.addAll(List.of(t.getSuppressed()));
        }
        return found;
    }

    static boolean isTransientState(String sqlState) {
        return sqlState != null && sqlState.length() == 5
                && (TRANSIENT_STATES.contains(sqlState) || TRANSIENT_CLASSES.contains(sqlState.substring(0, 2)));
    }
}
