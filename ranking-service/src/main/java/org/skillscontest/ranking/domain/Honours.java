package org.skillscontest.ranking.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.skillscontest.contracts.HonourKind;

/** Recommendations; "held" ones are those not withdrawn. */
@ApplicationScoped
public class Honours implements PanacheRepositoryBase<Honour, UUID> {

    /** Of these people, those who hold a skill-level upgrade of {@code year} from another event than this one. */
    public Set<UUID> upgradedElsewhere(Collection<UUID> people, int year, String competition, String event) {
        if (people.isEmpty()) {
            return Set.of();
        }
        return list("personId in ?1 and year = ?2 and kind = ?3 and withdrawnAt is null and not (competition = ?4 and event = ?5)",
                people, year, HonourKind.SKILL_LEVEL_UPGRADE, competition, event)
                .stream().map(h -> h.personId).collect(Collectors.toSet());
    }

    /** Every recommendation of an event, withdrawn ones too. */
    public List<Honour> ofEvent(String competition, String event) {
        return list("competition = ?1 and event = ?2 order by place, entryId, kind", competition, event);
    }

    /** An entry's held recommendations. */
    public List<Honour> ofEntry(UUID entryId) {
        return list("entryId = ?1 and withdrawnAt is null order by kind", entryId);
    }
}
