package org.skillscontest.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.skillscontest.contracts.EntryWithdrawn;
import org.skillscontest.contracts.Topic;
import org.skillscontest.platform.persistence.KeySets;

/**
 * Withdrawals that arrived before their entry's registration (the two travel on different topics):
 * a tombstone per entry (table {@code early_withdrawal}, migration {@code db/platform/V0_3}) that the
 * registration honours when it comes, so the entrant ends up withdrawn exactly as if the records had
 * come in order. Used by every consumer of {@code registration.entry-registered.v1} and
 * {@code registration.entry-withdrawn.v1} that keeps entrants.
 */
@ApplicationScoped
public class EarlyWithdrawals {

    private final EntityManager em;
    private final KeyLock keyLock;
    private final Clock clock;

    public EarlyWithdrawals(EntityManager em, KeyLock keyLock, Clock clock) {
        this.em = em;
        this.keyLock = keyLock;
        this.clock = clock;
    }

    /**
     * A withdrawal as every consumer of {@code registration.entry-withdrawn.v1} handles it: under the
     * event's key lock (so it and the entry's registration come one after the other), the service marks
     * its entrant withdrawn; {@code markWithdrawn} answers false for an entry it does not know yet, whose
     * withdrawal is then remembered for the registration to find.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdraw(EntryWithdrawn withdrawn, Predicate<UUID> markWithdrawn) {
        String key = withdrawn.competition() == null ? null : Topic.eventKey(withdrawn.competition(), withdrawn.event());
        if (key != null) {
            keyLock.lock(key);
        }
        if (!markWithdrawn.test(withdrawn.entryId())) {
            remember(withdrawn.entryId(), key, withdrawn.reason());
        }
    }

    /** Remembers the withdrawal of an entry not registered yet; a second one for the entry changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(UUID entryId, String eventKey, String reason) {
        em.createNativeQuery("""
                        insert into early_withdrawal (entry_id, event_key, reason, received_at)
                        values (:entry, :key, :reason, :at) on conflict (entry_id) do nothing""")
                .setParameter("entry", entryId).setParameter("key", eventKey).setParameter("reason", reason)
                .setParameter("at", Instant.now(clock))
                .executeUpdate();
    }

    /** Of these entries, those withdrawn before their registration arrived; the tombstones are consumed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> takeFor(Collection<UUID> entryIds) {
        return KeySets.take(em, "early_withdrawal", "entry_id", entryIds);
    }
}
