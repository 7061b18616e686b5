package org.skillscontest.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/**
 * What the eligibility rules need to know about an intake's people, in two queries for the whole
 * batch (each with the batch as one array parameter, not thousands of bind parameters).
 */
@ApplicationScoped
public class IntakeReads {

    private final EntityManager em;

    public IntakeReads(EntityManager em) {
        this.em = em;
    }

    /** A person already stored, found by ID number. */
    record KnownPerson(UUID id, String name) {
    }

    /** The batch's people already stored (by ID number), and the events of the competition each is actively entered in. */
    record Known(Map<String, KnownPerson> people, Map<UUID, List<String>> eventsOfPerson) {

        KnownPerson person(String idNumber) {
            return people.get(idNumber);
        }

        List<String> activeEvents(String idNumber) {
            KnownPerson person = people.get(idNumber);
            return person == null ? List.of() : eventsOfPerson.getOrDefault(person.id(), List.of());
        }
    }

    Known known(String competition, List<Candidate> candidates) {
        Map<String, KnownPerson> people = knownPeople(candidates);
        return new Known(people, activeEventsInCompetition(competition, people));
    }

    private Map<String, KnownPerson> knownPeople(List<Candidate> candidates) {
        Map<String, KnownPerson> known = new HashMap<>();
        if (candidates.isEmpty()) {
            return known;
        }
        String[] idNumbers = candidates.stream().map(Candidate::idNumberValue).toArray(String[]::new);
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select id_number, id, name from person where id_number = any(?::text[])")) {
                select.setArray(1, connection.createArrayOf("text", idNumbers));
                try (var rs = select.executeQuery()) {
                    while (rs.next()) {
                        known.put(rs.getString(1), new KnownPerson(rs.getObject(2, UUID.class), rs.getString(3)));
                    }
                }
            }
        });
        return known;
    }

    private Map<UUID, List<String>> activeEventsInCompetition(String competition, Map<String, KnownPerson> known) {
        Map<UUID, List<String>> byPerson = new HashMap<>();
        if (known.isEmpty()) {
            return byPerson;
        }
        UUID[] people = known.values().stream().map(KnownPerson::id).toArray(UUID[]::new);
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    select person_id, event from entry
                    where competition = ? and status = 'REGISTERED' and person_id = any(?::uuid[])""")) {
                select.setString(1, competition);
                select.setArray(2, connection.createArrayOf("uuid", people));
                try (var rs = select.executeQuery()) {
                    while (rs.next()) {
                        byPerson.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getString(2));
                    }
                }
            }
        });
        return byPerson;
    }
}
