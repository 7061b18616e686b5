package org.skillscontest.scoring.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class Marks implements PanacheRepositoryBase<Mark, Long> {

    /**
     * Appends marks in one JDBC batch. {@code persist} would insert row by row: the identity key
     * makes Hibernate run each insert at once to learn the id, one round trip per mark (a judge's
     * request of 1,000 marks spent most of its time waiting on them). The ids still come from the
     * table's sequence in insert order, and a request holds the event's lock, so "the latest row
     * counts" keeps its meaning.
     */
    public void append(List<Mark> marks) {
        if (marks.isEmpty()) {
            return;
        }
        getEntityManager().unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into mark (entry_id, event_key, module, judge, mark, time_used_seconds, recorded_by, recorded_at, reason)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (Mark m : marks) {
                    insert.setObject(1, m.entryId);
                    insert.setString(2, m.eventKey);
                    insert.setString(3, m.module);
                    insert.setString(4, m.judge);
                    insert.setBigDecimal(5, m.mark);
                    insert.setObject(6, m.timeUsedSeconds, java.sql.Types.BIGINT);
                    insert.setString(7, m.recordedBy);
                    insert.setTimestamp(8, Timestamp.from(m.recordedAt));
                    insert.setString(9, m.reason);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /** The mark that counts per entry, module and judge: the latest row of each. */
    public List<Mark> current(String eventKey) {
        return getEntityManager().createNativeQuery("""
                        select distinct on (entry_id, module, judge) *
                        from mark where event_key = :key
                        order by entry_id, module, judge, id desc""", Mark.class)
                .setParameter("key", eventKey)
                .getResultList();
    }

    /**
     * The round's marking progress in one query: its competing entrants (neither withdrawn nor
     * disqualified; in a later round, of its roster), and of them how many each judge has marked per
     * module and how many have a theory score. A re-mark counts once: entrants are counted, not rows.
     */
    public MarkCounts counts(ScoredEvent round) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        with competing as (
                            select s.entry_id from scored_entry s
                            where s.event_key = :eventKey and not s.withdrawn and s.disqualified_at is null
                              and (:everyone or s.entry_id in (select r.entry_id from round_entrant r where r.round_key = :roundKey)))
                        select 'competing', cast(null as varchar), cast(null as varchar), count(*) from competing
                        union all
                        select 'mark', m.module, m.judge, count(distinct m.entry_id)
                        from mark m join competing c on c.entry_id = m.entry_id
                        where m.event_key = :roundKey group by m.module, m.judge
                        union all
                        select 'theory', null, null, count(distinct t.entry_id)
                        from theory_score t join competing c on c.entry_id = t.entry_id
                        where t.event_key = :roundKey""")
                .setParameter("eventKey", round.eventKey())
                .setParameter("roundKey", round.key)
                .setParameter("everyone", round.takesEveryEntrant())
                .getResultList();
        long competing = 0;
        long theory = 0;
        Map<String, Map<String, Long>> marked = new HashMap<>();
        for (Object[] row : rows) {
            long count = ((Number) row[3]).longValue();
            switch ((String) row[0]) {
                case "competing" -> competing = count;
                case "theory" -> theory = count;
                default -> marked.computeIfAbsent((String) row[1], module -> new HashMap<>()).put((String) row[2], count);
            }
        }
        return new MarkCounts(competing, marked, theory);
    }
}
