package org.skillscontest.registration.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;
import org.skillscontest.contracts.Employer;
import org.skillscontest.contracts.EntryRegistered;
import org.skillscontest.contracts.Origin;
import org.skillscontest.contracts.Topic;
import org.skillscontest.platform.outbox.Outbox;
import org.skillscontest.platform.problem.FieldError;
import org.skillscontest.platform.problem.ProblemException;
import org.skillscontest.registration.api.BatchAnswer;
import org.skillscontest.registration.api.EntryRequest;
import org.skillscontest.registration.config.EligibilityConfig;
import org.skillscontest.registration.domain.Competition;
import org.skillscontest.registration.domain.CompetitionEvent;
import org.skillscontest.registration.domain.CompetitionEvents;
import org.skillscontest.registration.domain.Competitions;
import org.skillscontest.registration.domain.CreditCode;
import org.skillscontest.registration.domain.Eligibility;
import org.skillscontest.registration.domain.Entries;
import org.skillscontest.registration.domain.Federation;
import org.skillscontest.registration.domain.Federations;
import org.skillscontest.registration.domain.IdNumber;

/**
 * Federations' intake of entrants (报名), one or thousands at a time: every row is checked on its
 * own (input, then eligibility), accepted rows are written in batches together with their
 * {@code entry-registered} events, and nothing of a rejected row is stored. With an idempotency
 * key, the first answer is kept and a retry gets it back without registering anything twice.
 */
@ApplicationScoped
public class Intake {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(Intake.class);

    private final Competitions competitions;
    private final CompetitionEvents events;
    private final Federations federations;
    private final Entries entries;
    private final Outbox outbox;
    private final EntityManager em;
    private final Validator validator;
    private final EligibilityConfig eligibility;
    private final ObjectMapper json;
    private final Clock clock;
    private final EntrantLocks entrantLocks;

    public Intake(Competitions competitions, CompetitionEvents events, Federations federations, Entries entries,
                  Outbox outbox, EntityManager em, Validator validator, EligibilityConfig eligibility, ObjectMapper json,
                  Clock clock, EntrantLocks entrantLocks) {
        this.competitions = competitions;
        this.events = events;
        this.federations = federations;
        this.entries = entries;
        this.outbox = outbox;
        this.em = em;
        this.validator = validator;
        this.eligibility = eligibility;
        this.json = json;
        this.clock = clock;
        this.entrantLocks = entrantLocks;
    }

    /** One entrant: registered, or refused as a problem (400 invalid, 409 duplicate, 422 ineligible). */
    @Transactional
    public BatchAnswer.Accepted registerOne(String competition, String event, String federation, EntryRequest request) {
        Outcome outcome = submit(competition, event, federation, List.of(request)).get(0);
        if (outcome.accepted() != null) {
            return outcome.accepted();
        }
        List<FieldError> errors = outcome.rejected().errors();
        throw switch (outcome.kind()) {
            case INVALID -> ProblemException.invalid(errors);
            case DUPLICATE -> ProblemException.conflict("duplicate-entry", "This person has already entered this event.", errors);
            case INELIGIBLE -> ProblemException.ineligible(errors);
        };
    }

    /**
     * A batch, answered as JSON. With a key, the answer is stored under (federation, key) in the same
     * transaction, as the very text first answered: a concurrent retry waits on the key's row and then
     * gets that text back.
     */
    @Transactional
    public byte[] registerBatch(String competition, String event, String federation, String idempotencyKey,
                                List<EntryRequest> requests) {
        if (idempotencyKey == null) {
            return write(answer(submit(competition, event, federation, requests)));
        }
        String hash = hash(competition, event, requests);
        int claimed = em.createNativeQuery("""
                        insert into intake_request (federation, idempotency_key, request_hash, created_at)
                        values (:federation, :key, :hash, :at) on conflict do nothing""")
                .setParameter("federation", federation).setParameter("key", idempotencyKey)
                .setParameter("hash", hash).setParameter("at", Instant.now(clock))
                .executeUpdate();
        if (claimed == 0) {
            Object[] earlier = (Object[]) em.createNativeQuery("""
                            select request_hash, answer from intake_request
                            where federation = :federation and idempotency_key = :key""")
                    .setParameter("federation", federation).setParameter("key", idempotencyKey)
                    .getSingleResult();
            if (!hash.equals(earlier[0])) {
                throw new ProblemException(422, "idempotency-key-reused", "Idempotency key reused",
                        "This Idempotency-Key was used for a different request.",
                        List.of(new FieldError("Idempotency-Key", "reused", "send a new key for a new request")));
            }
            return ((String) earlier[1]).getBytes(StandardCharsets.UTF_8);
        }
        byte[] answer = write(answer(submit(competition, event, federation, requests)));
        em.createNativeQuery("""
                        update intake_request set answer = :answer
                        where federation = :federation and idempotency_key = :key""")
                .setParameter("answer", new String(answer, StandardCharsets.UTF_8)).setParameter("federation", federation)
                .setParameter("key", idempotencyKey).executeUpdate();
        return answer;
    }

    enum Kind { INVALID, DUPLICATE, INELIGIBLE }

    /** One row's fate: accepted, or rejected with the kind of refusal. */
    record Outcome(BatchAnswer.Accepted accepted, BatchAnswer.Rejected rejected, Kind kind) {
        static Outcome rejected(int index, Kind kind, List<FieldError> errors) {
            return new Outcome(null, new BatchAnswer.Rejected(index, List.copyOf(errors)), kind);
        }
    }

    /** A row that passed the input checks, with what the rules need. */
    private record Candidate(int index, EntryRequest request, IdNumber idNumber) {
    }

    private List<Outcome> submit(String competitionCode, String eventCode, String federationCode, List<EntryRequest> requests) {
        long started = System.nanoTime();
        Competition competition = competitions.findByIdOptional(competitionCode)
                .orElseThrow(() -> ProblemException.notFound("Competition " + competitionCode));
        CompetitionEvent event = events.lock(competitionCode, eventCode)
                .orElseThrow(() -> ProblemException.notFound("Event " + eventCode + " of " + competitionCode));
        Federation federation = federations.findByIdOptional(federationCode)
                .orElseThrow(() -> ProblemException.forbidden("Federation " + federationCode + " is not registered."));

        Outcome[] outcomes = new Outcome[requests.size()];
        List<Candidate> candidates = screen(requests, outcomes);
        // the event's row lock keeps its capacity; a person's events across the competition need their own lock
        entrantLocks.lock(competitionCode, candidates.stream().map(c -> c.idNumber().value()).toList());
        // what the rules need, in three queries for the whole batch
        Map<String, Object[]> known = knownPeople(candidates);
        Map<UUID, List<String>> eventsOfKnown = activeEventsInCompetition(competitionCode, known);
        long active = entries.activeInEvent(competitionCode, eventCode);
        Instant now = Instant.now(clock);
        List<Candidate> accepted = admit(candidates, competition, event, federation, known, eventsOfKnown, active, now, outcomes);

        long checked = System.nanoTime();
        Map<String, UUID> personIds = createPeople(accepted, known);
        List<Outbox.Pending> announcements = new ArrayList<>(accepted.size());
        List<Object[]> newEntries = new ArrayList<>(accepted.size());
        for (Candidate c : accepted) {
            UUID entryId = UUID.randomUUID();
            UUID personId = personIds.get(c.idNumber().value());
            Object[] person = known.get(c.idNumber().value());
            String name = person == null ? c.request().name().strip() : (String) person[1];
            announcements.add(announcement(c, entryId, personId, name, competition, eventCode, federationCode, newEntries));
            outcomes[c.index()] = new Outcome(new BatchAnswer.Accepted(c.index(), entryId, personId), null, null);
        }
        insertEntries(competitionCode, eventCode, federationCode, now, newEntries);
        outbox.publishAll(announcements);
        LOG.debugf("intake of %d rows into %s/%s: %d accepted; checks %d ms, writes %d ms", requests.size(), competitionCode,
                eventCode, accepted.size(), (checked - started) / 1_000_000, (System.nanoTime() - checked) / 1_000_000);
        return List.of(outcomes);
    }

    /** Input checks row by row, and the same person twice in the batch: the rows that may go on to eligibility. */
    private List<Candidate> screen(List<EntryRequest> requests, Outcome[] outcomes) {
        List<Candidate> candidates = new ArrayList<>(requests.size());
        Map<String, Integer> firstRowOfPerson = new HashMap<>();
        for (int i = 0; i < requests.size(); i++) {
            EntryRequest request = requests.get(i);
            IdNumber.Result id = request == null || request.idNumber() == null ? null : IdNumber.parse(request.idNumber());
            List<FieldError> errors = inputErrors(request, id);
            if (!errors.isEmpty()) {
                outcomes[i] = Outcome.rejected(i, Kind.INVALID, errors);
                continue;
            }
            Integer first = firstRowOfPerson.putIfAbsent(id.idNumber().value(), i);
            if (first != null) {
                outcomes[i] = Outcome.rejected(i, Kind.DUPLICATE, List.of(new FieldError("idNumber", "duplicate-in-batch",
                        "the same person is in row " + first + " of this batch")));
                continue;
            }
            candidates.add(new Candidate(i, request, id.idNumber()));
        }
        return candidates;
    }

    /** Eligibility row by row, counting each accepted row against the event's capacity. */
    private List<Candidate> admit(List<Candidate> candidates, Competition competition, CompetitionEvent event, Federation federation,
                                  Map<String, Object[]> known, Map<UUID, List<String>> eventsOfKnown, long active, Instant now,
                                  Outcome[] outcomes) {
        List<Candidate> accepted = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            Object[] person = known.get(c.idNumber().value());
            List<String> personEvents = person == null ? List.of() : eventsOfKnown.getOrDefault((UUID) person[0], List.of());
            List<FieldError> ineligible = Eligibility.check(new Eligibility.Facts(c.idNumber(), federation.regionCode,
                    competition.regionCode, competition.startsOn, competition.registrationClosesAt, now, event.capacity,
                    active, personEvents.contains(event.code), personEvents.size()), eligibility.settings());
            if (ineligible.isEmpty()) {
                accepted.add(c);
                active++;
            } else {
                boolean duplicate = ineligible.stream().anyMatch(e -> e.code().equals("already-entered"));
                outcomes[c.index()] = Outcome.rejected(c.index(), duplicate ? Kind.DUPLICATE : Kind.INELIGIBLE, ineligible);
            }
        }
        return accepted;
    }

    /** An accepted row's entry-registered event; its entry row is added to {@code newEntries}. */
    private static Outbox.Pending announcement(Candidate c, UUID entryId, UUID personId, String name, Competition competition,
                                               String eventCode, String federationCode, List<Object[]> newEntries) {
        String employer = c.request().employer().name().strip();
        String creditCode = c.request().employer().creditCode().toUpperCase();
        newEntries.add(new Object[]{entryId, personId, employer, creditCode, c.request().currentSkillLevel()});
        return new Outbox.Pending(new EntryRegistered(entryId, personId, c.idNumber().masked(), name,
                c.idNumber().gender().name(), federationCode, new Employer(employer, creditCode), c.request().currentSkillLevel(),
                competition.code, eventCode, competition.level, Origin.DIRECT, null),
                Topic.eventKey(competition.code, eventCode), entryId.toString());
    }

    /** The accepted entries in one JDBC batch: {entry id, person id, employer, credit code, skill level}. */
    private void insertEntries(String competition, String event, String federation, Instant now, List<Object[]> rows) {
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
            Object[] r = rows.get(i);
            ids[i] = (UUID) r[0];
            people[i] = (UUID) r[1];
            employers[i] = (String) r[2];
            creditCodes[i] = (String) r[3];
            levels[i] = (Integer) r[4];
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

    /** Bean Validation of the row, then the ID number (parsed once by the caller), gender and credit code. */
    private List<FieldError> inputErrors(EntryRequest request, IdNumber.Result id) {
        List<FieldError> errors = new ArrayList<>();
        if (request == null) {
            return List.of(new FieldError("body", "missing", "the row is empty"));
        }
        for (ConstraintViolation<EntryRequest> v : validator.validate(request)) {
            errors.add(new FieldError(v.getPropertyPath().toString(),
                    v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()
                            .replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(), v.getMessage()));
        }
        if (id != null) {
            if (id.defect() != null) {
                errors.add(new FieldError("idNumber", id.defect().code, id.defect().message));
            } else if (request.gender() != null && request.gender() != id.idNumber().gender()) {
                errors.add(new FieldError("gender", "gender-mismatch", "does not agree with the ID number"));
            }
        }
        if (request.employer() != null && request.employer().creditCode() != null) {
            CreditCode.Defect credit = CreditCode.defectOf(request.employer().creditCode());
            if (credit != null) {
                errors.add(new FieldError("employer.creditCode", credit.code, credit.message));
            }
        }
        errors.sort(Comparator.comparing(FieldError::field));
        return errors;
    }

    /** People already known by ID number: id number → {person id, name}. */
    private Map<String, Object[]> knownPeople(List<Candidate> candidates) {
        Map<String, Object[]> known = new HashMap<>();
        if (candidates.isEmpty()) {
            return known;
        }
        String[] idNumbers = candidates.stream().map(c -> c.idNumber().value()).toArray(String[]::new);
        // the whole batch as one array parameter, not thousands of bind parameters in an IN list
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select id_number, id, name from person where id_number = any(?::text[])")) {
                select.setArray(1, connection.createArrayOf("text", idNumbers));
                try (var rs = select.executeQuery()) {
                    while (rs.next()) {
                        known.put(rs.getString(1), new Object[]{rs.getObject(2, UUID.class), rs.getString(3)});
                    }
                }
            }
        });
        return known;
    }

    /** The events of this competition each known person is actively entered in. */
    private Map<UUID, List<String>> activeEventsInCompetition(String competition, Map<String, Object[]> known) {
        Map<UUID, List<String>> byPerson = new HashMap<>();
        if (known.isEmpty()) {
            return byPerson;
        }
        UUID[] people = known.values().stream().map(p -> (UUID) p[0]).toArray(UUID[]::new);
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

    /**
     * Inserts the new people in one statement; a person another request inserted meanwhile is kept
     * (one person per ID number), so the ids are read back.
     */
    private Map<String, UUID> createPeople(List<Candidate> accepted, Map<String, Object[]> known) {
        Map<String, UUID> ids = new HashMap<>();
        known.forEach((idNumber, p) -> ids.put(idNumber, (UUID) p[0]));
        List<Candidate> fresh = accepted.stream().filter(c -> !known.containsKey(c.idNumber().value())).toList();
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
            Candidate c = fresh.get(i);
            newIds[i] = UUID.randomUUID();
            idNumbers[i] = c.idNumber().value();
            names[i] = c.request().name().strip();
            genders[i] = c.idNumber().gender().name();
            births[i] = java.sql.Date.valueOf(c.idNumber().birthDate());
            phones[i] = c.request().phone();
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
        List<String> raced = fresh.stream().map(c -> c.idNumber().value()).filter(id -> !ids.containsKey(id)).toList();
        if (!raced.isEmpty()) {
            // inserted by another request after this one looked people up: committed, so a new statement sees them
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select id_number, id from person where id_number in (:ids)")
                    .setParameter("ids", raced).getResultList();
            rows.forEach(r -> ids.put((String) r[0], (UUID) r[1]));
        }
        return ids;
    }

    private static BatchAnswer answer(List<Outcome> outcomes) {
        return new BatchAnswer(outcomes.stream().filter(o -> o.accepted() != null).map(Outcome::accepted).toList(),
                outcomes.stream().filter(o -> o.rejected() != null).map(Outcome::rejected).toList());
    }

    private String hash(String competition, String event, List<EntryRequest> requests) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((competition + "/" + event + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(json.writeValueAsBytes(requests));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] write(BatchAnswer answer) {
        try {
            return json.writeValueAsBytes(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
