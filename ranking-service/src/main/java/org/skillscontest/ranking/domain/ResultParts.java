package org.skillscontest.ranking.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class ResultParts implements PanacheRepositoryBase<ResultPart, Long> {

    public List<ResultPart> of(String eventKey, int version) {
        return list("eventKey = ?1 and version = ?2 order by part", eventKey, version);
    }

    public boolean has(String eventKey, int version, int part) {
        return count("eventKey = ?1 and version = ?2 and part = ?3", eventKey, version, part) > 0;
    }

    /** The newest version of which every part has arrived, or 0. */
    public int newestComplete(String eventKey) {
        Number v = (Number) getEntityManager().createNativeQuery("""
                        select coalesce(max(version), 0) from (
                          select version from result_part where event_key = :key
                          group by version having count(distinct part) = max(parts)) complete""")
                .setParameter("key", eventKey).getSingleResult();
        return v.intValue();
    }
}
