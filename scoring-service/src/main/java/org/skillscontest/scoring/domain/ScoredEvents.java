package org.skillscontest.scoring.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ScoredEvents implements PanacheRepositoryBase<ScoredEvent, String> {

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

    /** The event's round with this code, if there is one. */
    public Optional<ScoredEvent> round(String competition, String event, String round) {
        return find("competition = ?1 and event = ?2 and round = ?3", competition, event, round).firstResultOptional();
    }
}
