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
    /** The start of an entry id as typed from a shortened one: long enough not to match by chance. */
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

    /**
     * A person's entries at every level, oldest first (the entry id breaks ties: a stable order to page
     * by); {@code federation} null for all, else only those it entered.
     */
    public PanacheQuery<Entry> ofPerson(UUID personId, String federation) {
        Sort order = Sort.by("registeredAt").and("id");
        return federation == null ? find("personId", order, personId)
                : find("personId = ?1 and federation = ?2", order, personId, federation);
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
        StringBuilder query = new StringBuilder("from Entry e where e.competition = :competition and e.event = :event");
        Parameters params = Parameters.with("competition", competition).and("event", event);
        if (federation != null) {
            query.append(" and e.federation = :federation");
            params = params.and("federation", federation);
        }
        if (search != null) {
            // the person looked up by the entry, not people searched at large: the event's entries bound the work
            query.append(" and (exists (select 1 from Person p where p.id = e.personId and (lower(p.name) like :name escape '!'");
            params = params.and("name", "%" + likeLiteral(search.toLowerCase(Locale.ROOT)) + "%");
            if (LAST_FOUR.matcher(search).matches()) {
                query.append(" or p.idNumber like :lastFour");
                params = params.and("lastFour", "%" + search.toUpperCase(Locale.ROOT));
            }
            query.append("))");
            if (ID_PREFIX.matcher(search).matches()) {
                query.append(" or str(e.id) like :idPrefix");
                params = params.and("idPrefix", search.toLowerCase(Locale.ROOT) + "%");
            }
            query.append(")");
        }
        return find(query.toString(), Sort.by("e.registeredAt").and("e.id"), params);
    }

    /** The text matched literally by {@code like … escape '!'}: its wildcards and the escape character escaped. */
    private static String likeLiteral(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
