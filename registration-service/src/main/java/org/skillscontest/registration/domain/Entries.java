package org.skillscontest.registration.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class Entries implements PanacheRepositoryBase<Entry, UUID> {

    public long activeInEvent(String competition, String event) {
        return count("competition = ?1 and event = ?2 and status = ?3", competition, event, EntryStatus.REGISTERED);
    }

    public boolean personInEvent(UUID personId, String competition, String event) {
        return count("personId = ?1 and competition = ?2 and event = ?3 and status = ?4",
                personId, competition, event, EntryStatus.REGISTERED) > 0;
    }

    public long personEventsInCompetition(UUID personId, String competition) {
        return count("personId = ?1 and competition = ?2 and status = ?3", personId, competition, EntryStatus.REGISTERED);
    }

    public Optional<Entry> byPromotion(UUID promotionId) {
        return find("promotionId", promotionId).firstResultOptional();
    }

    /**
     * The entry row locked for the rest of the transaction: a change of its status (withdrawal,
     * revocation) reads the status only after any concurrent change has committed, so it happens once.
     */
    public Optional<Entry> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The entry a promotion created, locked as {@link #lock} does. */
    public Optional<Entry> lockByPromotion(UUID promotionId) {
        return find("promotionId", promotionId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Entries of an event, optionally of one federation, in registration order. */
    public PanacheQuery<Entry> ofEvent(String competition, String event, String federation) {
        Sort order = Sort.by("registeredAt").and("id");
        return federation == null
                ? find("competition = ?1 and event = ?2", order, competition, event)
                : find("competition = ?1 and event = ?2 and federation = ?3", order, competition, event, federation);
    }
}
