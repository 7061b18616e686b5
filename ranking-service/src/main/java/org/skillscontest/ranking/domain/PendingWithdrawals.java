package org.skillscontest.ranking.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class PendingWithdrawals implements PanacheRepositoryBase<PendingWithdrawal, UUID> {

    /** Of these entries, those withdrawn before their registration arrived; the tombstones are consumed. */
    public Set<UUID> takeFor(Collection<UUID> entryIds) {
        if (entryIds.isEmpty()) {
            return Set.of();
        }
        Set<UUID> withdrawn = find("entryId in ?1", entryIds).stream().map(w -> w.entryId).collect(Collectors.toSet());
        if (!withdrawn.isEmpty()) {
            delete("entryId in ?1", withdrawn);
        }
        return withdrawn;
    }
}
