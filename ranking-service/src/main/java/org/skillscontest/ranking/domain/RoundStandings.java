package org.skillscontest.ranking.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class RoundStandings implements PanacheRepositoryBase<RoundStanding, RoundStanding.Id> {

    public List<RoundStanding> ofRound(String roundKey) {
        return list("roundKey = ?1 order by place, entryId", roundKey);
    }
}
