package org.skillscontest.registration.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;

@ApplicationScoped
public class CompetitionEvents implements PanacheRepositoryBase<CompetitionEvent, Long> {

    /** A competition's events by code (unique within the competition: a stable order to page by). */
    public PanacheQuery<CompetitionEvent> of(String competition) {
        return find("competition", Sort.by("code"), competition);
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
