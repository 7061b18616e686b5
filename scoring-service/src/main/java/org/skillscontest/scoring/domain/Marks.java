package org.skillscontest.scoring.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class Marks implements PanacheRepositoryBase<Mark, Long> {

    /** The mark that counts per entry, module and judge: the latest row of each. */
    public List<Mark> current(String eventKey) {
        return getEntityManager().createNativeQuery("""
                        select distinct on (entry_id, module, judge) *
                        from mark where event_key = :key
                        order by entry_id, module, judge, id desc""", Mark.class)
                .setParameter("key", eventKey)
                .getResultList();
    }
}
