package org.skillscontest.ranking.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class RoundStandings implements PanacheRepositoryBase<RoundStanding, RoundStanding.Id> {

    public List<RoundStanding> ofRound(String roundKey) {
        return list("roundKey = ?1 order by place, entryId", roundKey);
    }

    /** The same order as {@link #ofRound}, to page by. */
    public PanacheQuery<RoundStanding> placesOf(String roundKey) {
        return find("roundKey", Sort.by("place").and("entryId"), roundKey);
    }
}
