package org.skillscontest.scoring.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ScoredEvents implements PanacheRepositoryBase<ScoredEvent, String> {

    /** The judge heads the round or is among the judges of one of its modules ({@code panel}: module → judge ids). */
    private static final String SITS_ON = "(chief_judge = :judge or exists (select 1 from jsonb_each(panel) m"
            + " where m.value @> jsonb_build_array(cast(:judge as text))))";

    /** Locked for the transaction: marks, the lock and corrections of one event take turns. */
    public Optional<ScoredEvent> lock(String key) {
        return Optional.ofNullable(getEntityManager().find(ScoredEvent.class, key, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The event's rounds in order: one row for an event of one round. */
    public List<ScoredEvent> rounds(String competition, String event) {
        return list("competition = ?1 and event = ?2 order by roundIndex", competition, event);
    }

    /** The round the event's entrants first compete in (the event itself when it is one round), if known. */
    public Optional<ScoredEvent> firstRound(String competition, String event) {
        return find("competition = ?1 and event = ?2 and roundIndex <= 1", competition, event).firstResultOptional();
    }

    /**
     * A page of the rounds whose panel names the judge, as a module's judge or as chief judge, by
     * competition, event and round (an event of one round is its own round).
     */
    @SuppressWarnings("unchecked")
    public List<ScoredEvent> sittingOn(String judge, int page, int size) {
        return getEntityManager().createNativeQuery("select * from scored_event where " + SITS_ON
                        + " order by competition, event, round_index", ScoredEvent.class)
                .setParameter("judge", judge).setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    /** How many rounds' panels name the judge. */
    public long countSittingOn(String judge) {
        return ((Number) getEntityManager().createNativeQuery("select count(*) from scored_event where " + SITS_ON)
                .setParameter("judge", judge).getSingleResult()).longValue();
    }

    /** The event's round with this code, if there is one. */
    public Optional<ScoredEvent> round(String competition, String event, String round) {
        return find("competition = ?1 and event = ?2 and round = ?3", competition, event, round).firstResultOptional();
    }
}
