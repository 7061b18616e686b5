package org.skillscontest.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Serialises, until the end of the transaction, the consumers that touch one record key (an event's
 * {@code competition/event}) from different topics. Kafka orders records within one partition only,
 * so an event's records on two topics are consumed concurrently and in any order; when each consumer
 * first takes the key's lock, then looks for what the other topic left waiting (a results part for
 * entrants not yet seen, a withdrawal before its registration), the later of two transactions always
 * sees the earlier one's commit, and nothing waits forever.
 *
 * <p>A PostgreSQL advisory lock: it needs no row, so it also works for an event not yet known.
 * Several keys are locked in one fixed order, so that two transactions never wait for each other.
 */
@ApplicationScoped
public class KeyLock {

    private final EntityManager em;

    public KeyLock(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(String key) {
        lock(java.util.List.of(key));
    }

    /**
     * Locks every key, in one statement and in ascending id order (PostgreSQL evaluates a volatile
     * function of the select list after the sort), so two transactions never wait for each other.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(Collection<String> keys) {
        long[] ids = keys.stream().distinct().mapToLong(KeyLock::lockId).sorted().distinct().toArray();
        if (ids.length == 0) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement lock = connection.prepareStatement(
                    "select pg_advisory_xact_lock(k) from unnest(?::bigint[]) as k order by k")) {
                lock.setArray(1, connection.createArrayOf("bigint", java.util.Arrays.stream(ids).boxed().toArray()));
                lock.execute();
            }
        });
    }

    /**
     * Locks the key in shared mode: transactions holding it shared run side by side, one that takes
     * it with {@link #lock} waits for all of them (a whole set of keys, e.g. a competition's entrants,
     * against one of them).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockShared(String key) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock_shared(?)")) {
                lock.setLong(1, lockId(key));
                lock.execute();
            }
        });
    }

    /** A stable 64-bit id for the key; the order of these ids is the order of locking. */
    static long lockId(String key) {
        return UUID.nameUUIDFromBytes(("key-lock/" + key).getBytes(StandardCharsets.UTF_8)).getMostSignificantBits();
    }
}
