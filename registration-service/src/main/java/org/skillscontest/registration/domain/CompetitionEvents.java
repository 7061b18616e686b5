package org.skillscontest.registration.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class CompetitionEvents implements PanacheRepositoryBase<CompetitionEvent, Long> {

    /** A competition's events by code. */
    public List<CompetitionEvent> of(String competition) {
        return list("competition = ?1 order by code", competition);
    }

    public Optional<CompetitionEvent> find(String competition, String code) {
        return find("competition = ?1 and code = ?2", competition, code).firstResultOptional();
    }

    /** The event row locked for the rest of the transaction: registrations into one event queue up, so capacity holds. */
    public Optional<CompetitionEvent> lock(String competition, String code) {
        return find("competition = ?1 and code = ?2", competition, code)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
