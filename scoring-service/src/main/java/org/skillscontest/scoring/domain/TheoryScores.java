package org.skillscontest.scoring.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class TheoryScores implements PanacheRepositoryBase<TheoryScore, Long> {

    public List<TheoryScore> current(String eventKey) {
        return getEntityManager().createNativeQuery("""
                        select distinct on (entry_id) *
                        from theory_score where event_key = :key
                        order by entry_id, id desc""", TheoryScore.class)
                .setParameter("key", eventKey)
                .getResultList();
    }
}
