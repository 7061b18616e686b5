package org.skillscontest.ranking.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class Standings implements PanacheRepositoryBase<Standing, UUID> {

    /** Placed entrants by place, then the placeless (withdrawn) ones. */
    public List<Standing> ofEvent(String eventKey) {
        return list("eventKey = ?1 order by place nulls last, total desc, entryId", eventKey);
    }

    /** The same order as {@link #ofEvent}, to page by (the entry id makes it total). */
    public PanacheQuery<Standing> placesOf(String eventKey) {
        return find("eventKey", Sort.by("place", Sort.Direction.Ascending, Sort.NullPrecedence.NULLS_LAST)
                .and("total", Sort.Direction.Descending).and("entryId"), eventKey);
    }
}
