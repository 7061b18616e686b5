package org.skillscontest.scoring.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import org.skillscontest.platform.persistence.KeySets;

@ApplicationScoped
public class PendingWithdrawals implements PanacheRepositoryBase<PendingWithdrawal, UUID> {

    /** Of these entries, those withdrawn before their registration arrived; the tombstones are consumed. */
    public Set<UUID> takeFor(Collection<UUID> entryIds) {
        return KeySets.take(getEntityManager(), "pending_withdrawal", "entry_id", entryIds);
    }
}
