package org.skillscontest.ranking.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class Promotions implements PanacheRepositoryBase<Promotion, UUID> {

    public List<Promotion> fromEvent(String competition, String event) {
        return list("fromCompetition = ?1 and fromEvent = ?2 order by place, id", competition, event);
    }

    public List<Promotion> fromCompetition(String competition) {
        return list("fromCompetition = ?1 order by fromEvent, place, id", competition);
    }

    /** The same order as {@link #fromCompetition}, to page by. */
    public PanacheQuery<Promotion> pageableFrom(String competition) {
        return find("fromCompetition", Sort.by("fromEvent").and("place").and("id"), competition);
    }

    public List<Promotion> ofPerson(UUID personId) {
        return list("personId = ?1 order by promotedAt", personId);
    }
}
