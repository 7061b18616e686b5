package org.skillscontest.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/** An intake's new people and entries, each kind in one statement ({@code unnest} of array parameters). */
@ApplicationScoped
public class IntakeWrites {

    private final EntityManager em;

    public IntakeWrites(EntityManager em) {
        this.em = em;
    }

    /** A new person: the row of {@code person}. */
    record NewPerson(UUID id, String idNumber, String name, String gender, java.time.LocalDate birthDate, String phone) {
    }

    /** An accepted row's entry (the event, federation and time are the intake's). */
    record NewEntry(UUID entryId, UUID personId, String employer, String creditCode, int skillLevel) {
    }

    /**
     * Inserts the new people in one statement; a person another request inserted meanwhile is kept
     * (one person per ID number), so the ids are read back: ID number → person id.
     */
    Map<String, UUID> insertPeople(List<NewPerson> fresh) {
        Map<String, UUID> ids = new HashMap<>();
        if (fresh.isEmpty()) {
            return ids;
        }
        int n = fresh.size();
        UUID[] newIds = new UUID[n];
        String[] idNumbers = new String[n];
        String[] names = new String[n];
        String[] genders = new String[n];
        java.sql.Date[] births = new java.sql.Date[n];
        String[] phones = new String[n];
        for (int i = 0; i < n; i++) {
            NewPerson p = fresh.get(i);
            newIds[i] = p.id();
            idNumbers[i] = p.idNumber();
            names[i] = p.name();
            genders[i] = p.gender();
            births[i] = java.sql.Date.valueOf(p.birthDate());
            phones[i] = p.phone();
        }
        em.unwrap(Session.class).doWork(connection -> {
            // one statement; "on conflict" keeps a person another request inserted meanwhile (read back below)
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into person (id, id_number, name, gender, birth_date, phone)
                    select * from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::date[], ?::text[])
                    on conflict (id_number) do nothing returning id_number, id""")) {
                insert.setArray(1, connection.createArrayOf("uuid", newIds));
                insert.setArray(2, connection.createArrayOf("text", idNumbers));
                insert.setArray(3, connection.createArrayOf("text", names));
                insert.setArray(4, connection.createArrayOf("text", genders));
                insert.setArray(5, connection.createArrayOf("date", births));
                insert.setArray(6, connection.createArrayOf("text", phones));
                try (var rs = insert.executeQuery()) {
                    while (rs.next()) {
                        ids.put(rs.getString(1), rs.getObject(2, UUID.class));
                    }
                }
            }
        });
        List<String> raced = fresh.stream().map(NewPerson::idNumber).filter(id -> !ids.containsKey(id)).toList();
        if (!raced.isEmpty()) {
            // inserted by another request after this one looked people up: committed, so a new statement sees them
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select id_number, id from person where id_number in (:ids)")
                    .setParameter("ids", raced).getResultList();
            rows.forEach(r -> ids.put((String) r[0], (UUID) r[1]));
        }
        return ids;
    }

    /** The accepted entries of one event, from one federation, in one statement. */
    void insertEntries(String competition, String event, String federation, Instant now, List<NewEntry> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int n = rows.size();
        UUID[] ids = new UUID[n];
        UUID[] people = new UUID[n];
        String[] employers = new String[n];
        String[] creditCodes = new String[n];
        Integer[] levels = new Integer[n];
        for (int i = 0; i < n; i++) {
            NewEntry r = rows.get(i);
            ids[i] = r.entryId();
            people[i] = r.personId();
            employers[i] = r.employer();
            creditCodes[i] = r.creditCode();
            levels[i] = r.skillLevel();
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into entry (id, person_id, competition, event, federation, employer_name, employer_credit_code,
                                       current_skill_level, status, origin, registered_at)
                    select id, person_id, ?, ?, ?, employer, credit_code, level, 'REGISTERED', 'DIRECT', ?
                    from unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::int[]) as u(id, person_id, employer, credit_code, level)""")) {
                insert.setString(1, competition);
                insert.setString(2, event);
                insert.setString(3, federation);
                insert.setTimestamp(4, java.sql.Timestamp.from(now));
                insert.setArray(5, connection.createArrayOf("uuid", ids));
                insert.setArray(6, connection.createArrayOf("uuid", people));
                insert.setArray(7, connection.createArrayOf("text", employers));
                insert.setArray(8, connection.createArrayOf("text", creditCodes));
                insert.setArray(9, connection.createArrayOf("int4", levels));
                insert.executeUpdate();
            }
        });
    }
}
