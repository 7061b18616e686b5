package org.skillscontest.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import org.skillscontest.platform.inbox.KeyLock;

/**
 * Serialises, until the end of the transaction, the intakes that count one person's entries in one
 * competition ("at most N events of one competition"): the rule spans the person's rows in every
 * event, while an intake locks only its own event's row. Taken before the person's entries are
 * counted, so the later of two racing intakes counts the earlier one's entry.
 *
 * <p>Advisory locks ({@link KeyLock}), so that a person not stored yet can be locked too. They live
 * in the server's shared lock table (about 64 × max_connections entries: 20,000 in one transaction
 * failed with "out of shared memory"), so a transaction locks one key per person only for a few
 * people ({@link #MOST_PEOPLE_ONE_BY_ONE}), holding the competition's key shared; a larger batch
 * takes the competition's key exclusively instead (one lock, not 5,000): large batches of one
 * competition then run one after another, as those of one event do already.
 */
@ApplicationScoped
public class EntrantLocks {

    /** Per transaction, about PostgreSQL's max_locks_per_transaction (64): many connections may do this at once. */
    static final int MOST_PEOPLE_ONE_BY_ONE = 64;

    private final KeyLock keyLock;

    public EntrantLocks(KeyLock keyLock) {
        this.keyLock = keyLock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(String competition, Collection<String> idNumbers) {
        if (idNumbers.isEmpty()) {
            return;
        }
        String wholeCompetition = "entrants-of/" + competition;
        if (idNumbers.stream().distinct().count() > MOST_PEOPLE_ONE_BY_ONE) {
            keyLock.lock(wholeCompetition);
            return;
        }
        // always the competition's key first, then the people's in KeyLock's order: no two intakes wait for each other
        keyLock.lockShared(wholeCompetition);
        keyLock.lock(idNumbers.stream().map(id -> "entrant/" + competition + "/" + id).toList());
    }
}
