package org.skillscontest.ranking.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.skillscontest.contracts.HonourKind;

@ApplicationScoped
public class Honours implements PanacheRepositoryBase<Honour, UUID> {

    public boolean upgradedIn(UUID personId, int year) {
        return count("personId = ?1 and year = ?2 and kind = ?3", personId, year, HonourKind.SKILL_LEVEL_UPGRADE) > 0;
    }

    public List<Honour> ofEntry(UUID entryId) {
        return list("entryId = ?1 order by kind", entryId);
    }
}
