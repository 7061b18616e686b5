package org.skillscontest.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
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
    private final Clock clock;

    public EarlyWithdrawals(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
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
