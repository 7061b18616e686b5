package org.skillscontest.registration.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

@ApplicationScoped
public class Entries implements PanacheRepositoryBase<Entry, UUID> {

    /** What the ID number's mask shows: its last four characters. */
    private static final Pattern LAST_FOUR = Pattern.compile("[0-9]{3}[0-9Xx]");
    private static final Pattern ID_PREFIX = Pattern.compile("[0-9A-Fa-f-]{4,36}");

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

    /**
     * Entries of an event, optionally of one federation, in registration order. A {@code search} (null:
     * none) matches the entrant's name containing it (any case), the last four characters of the ID
     * number (the part the mask shows: four digits, the last may be X) or, from four hexadecimal
     * characters on, the start of the entry id; shorter id prefixes would match too many entries by chance.
     */
    public PanacheQuery<Entry> ofEvent(String competition, String event, String federation, String search) {
        StringBuilder where = new StringBuilder("competition = :competition and event = :event");
        Parameters params = Parameters.with("competition", competition).and("event", event);
        if (federation != null) {
            where.append(" and federation = :federation");
            params = params.and("federation", federation);
        }
        if (search != null) {
            where.append(" and (personId in (select p.id from Person p where lower(p.name) like :name escape '!'");
            params = params.and("name", "%" + likeLiteral(search.toLowerCase(Locale.ROOT)) + "%");
            if (LAST_FOUR.matcher(search).matches()) {
                where.append(" or p.idNumber like :lastFour");
                params = params.and("lastFour", "%" + search.toUpperCase(Locale.ROOT));
            }
            where.append(")");
            if (ID_PREFIX.matcher(search).matches()) {
                where.append(" or str(id) like :idPrefix");
                params = params.and("idPrefix", search.toLowerCase(Locale.ROOT) + "%");
            }
            where.append(")");
        }
        return find(where.toString(), Sort.by("registeredAt").and("id"), params);
    }

    /** The text matched literally by {@code like … escape '!'}: its wildcards and the escape character escaped. */
    private static String likeLiteral(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
