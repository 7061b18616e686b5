package org.skillscontest.scoring.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.List;

@ApplicationScoped
public class TheoryScores implements PanacheRepositoryBase<TheoryScore, Long> {

    /** Appends theory scores in one JDBC batch (see {@link Marks#append}: {@code persist} would insert row by row). */
    public void append(List<TheoryScore> scores) {
        if (scores.isEmpty()) {
            return;
        }
        getEntityManager().unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into theory_score (entry_id, event_key, score, recorded_by, recorded_at, reason)
                    values (?, ?, ?, ?, ?, ?)""")) {
                for (TheoryScore t : scores) {
                    insert.setObject(1, t.entryId);
                    insert.setString(2, t.eventKey);
                    insert.setBigDecimal(3, t.score);
                    insert.setString(4, t.recordedBy);
                    insert.setTimestamp(5, Timestamp.from(t.recordedAt));
                    insert.setString(6, t.reason);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    public List<TheoryScore> current(String eventKey) {
        return getEntityManager().createNativeQuery("""
                        select distinct on (entry_id) *
                        from theory_score where event_key = :key
                        order by entry_id, id desc""", TheoryScore.class)
                .setParameter("key", eventKey)
                .getResultList();
    }
}
