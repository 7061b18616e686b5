package org.skillscontest.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Serialises, until the end of the transaction, the intakes that count one person's entries in one
 * competition ("at most N events of one competition"): the rule spans the person's rows in every
 * event, while an intake locks only its own event's row. Taken before the person's entries are
 * counted, so the later of two racing intakes counts the earlier one's entry.
 *
 * <p>PostgreSQL advisory locks, so that a person not stored yet can be locked too. They live in the
 * server's shared lock table (about 64 × max_connections entries), so a transaction locks one key
 * per person only for a few people ({@link #MOST_PEOPLE_ONE_BY_ONE}), shared under the competition's
 * key; a larger batch takes the competition's key exclusively instead (one lock, not 5,000): large
 * batches of one competition then run one after another, as those of one event do already.
 */
@ApplicationScoped
public class EntrantLocks {

    /** Per transaction, about PostgreSQL's max_locks_per_transaction (64): many connections may do this at once. */
    static final int MOST_PEOPLE_ONE_BY_ONE = 64;

    private final EntityManager em;

    public EntrantLocks(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(String competition, Collection<String> idNumbers) {
        long[] people = idNumbers.stream().distinct().mapToLong(id -> lockId("entrant/" + competition + "/" + id))
                .sorted().distinct().toArray();
        if (people.length == 0) {
            return;
        }
        long wholeCompetition = lockId("entrants-of/" + competition);
        em.unwrap(Session.class).doWork(connection -> {
            if (people.length > MOST_PEOPLE_ONE_BY_ONE) {
                try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
                    lock.setLong(1, wholeCompetition);
                    lock.execute();
                }
                return;
            }
            // always the competition's key first, then the people's in ascending order: no two intakes wait for each other
            try (PreparedStatement shared = connection.prepareStatement("select pg_advisory_xact_lock_shared(?)");
                 PreparedStatement each = connection.prepareStatement(
                         "select pg_advisory_xact_lock(k) from unnest(?::bigint[]) as k order by k")) {
                shared.setLong(1, wholeCompetition);
                shared.execute();
                each.setArray(1, connection.createArrayOf("bigint", java.util.Arrays.stream(people).boxed().toArray()));
                each.execute();
            }
        });
    }

    /** A stable 64-bit lock id, made as the platform's KeyLock makes its own (one space of ids for both). */
    static long lockId(String key) {
        return UUID.nameUUIDFromBytes(("key-lock/" + key).getBytes(StandardCharsets.UTF_8)).getMostSignificantBits();
    }
}
