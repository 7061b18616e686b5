package org.skillscontest.registration.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.skillscontest.contracts.Employer;
import org.skillscontest.contracts.EntryRegistered;
import org.skillscontest.contracts.Origin;
import org.skillscontest.contracts.Topic;
import org.skillscontest.platform.outbox.Outbox;
import org.skillscontest.platform.signals.DomainCounters;
import org.skillscontest.platform.signals.Signal;
import org.skillscontest.platform.persistence.IdempotentRequests;
import org.skillscontest.platform.security.IdNumberDigest;
import org.skillscontest.platform.problem.FieldError;
import org.skillscontest.platform.problem.ProblemException;
import org.skillscontest.registration.domain.EntryRequest;
import org.skillscontest.registration.domain.Competition;
import org.skillscontest.registration.domain.CompetitionEvent;
import org.skillscontest.registration.domain.CompetitionEvents;
import org.skillscontest.registration.domain.Competitions;
import org.skillscontest.registration.domain.Entries;
import org.skillscontest.registration.domain.Federation;
import org.skillscontest.registration.domain.Federations;

/**
 * Federations' intake of entrants (报名), one or thousands at a time: every row is checked on its
 * own (input: {@link Screening}, then eligibility: {@link Admission}), accepted rows are written in
 * batches ({@link IntakeWrites}) together with their {@code entry-registered} events, and nothing of
 * a rejected row is stored. With an idempotency key ({@link IdempotentRequests}), the first answer is
 * kept and a retry gets it back without registering anything twice.
 */
@ApplicationScoped
public class Intake {

    private static final Logger LOG = Logger.getLogger(Intake.class);

    private final Competitions competitions;
    private final CompetitionEvents events;
    private final Federations federations;
    private final Entries entries;
    private final Outbox outbox;
    private final Screening screening;
    private final Admission admission;
    private final IntakeReads reads;
    private final IntakeWrites writes;
    private final IdempotentRequests requests;
    private final EntrantLocks entrantLocks;
    private final PublicRevisions revisions;
    private final IdNumberDigest digest;
    private final ObjectMapper json;
    private final Clock clock;
    private final DomainCounters counters;

    public Intake(Competitions competitions, CompetitionEvents events, Federations federations, Entries entries,
                  Outbox outbox, Screening screening, Admission admission, IntakeReads reads, IntakeWrites writes,
                  IdempotentRequests requests, EntrantLocks entrantLocks, PublicRevisions revisions, IdNumberDigest digest,
                  ObjectMapper json, Clock clock, DomainCounters counters) {
        this.counters = counters;
        this.competitions = competitions;
        this.events = events;
        this.federations = federations;
        this.entries = entries;
        this.outbox = outbox;
        this.screening = screening;
        this.admission = admission;
        this.reads = reads;
        this.writes = writes;
        this.requests = requests;
        this.entrantLocks = entrantLocks;
        this.revisions = revisions;
        this.digest = digest;
        this.json = json;
        this.clock = clock;
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
                                List<EntryRequest> rows) {
        if (idempotencyKey == null) {
            return write(Outcome.answer(submit(competition, event, federation, rows)));
        }
        IdempotentRequests.Key key = requests.keyOf("intake/" + federation, idempotencyKey, competition + "/" + event, rows);
        return requests.once(key, () -> Outcome.answer(submit(competition, event, federation, rows)));
    }

    private List<Outcome> submit(String competitionCode, String eventCode, String federationCode, List<EntryRequest> rows) {
        long started = System.nanoTime();
        Competition competition = competitions.findByIdOptional(competitionCode)
                .orElseThrow(() -> ProblemException.notFound("Competition " + competitionCode));
        CompetitionEvent event = events.lock(competitionCode, eventCode)
                .orElseThrow(() -> ProblemException.notFound("Event " + eventCode + " of " + competitionCode));
        Federation federation = federations.findByIdOptional(federationCode)
                .orElseThrow(() -> ProblemException.forbidden("Federation " + federationCode + " is not registered."));

        Outcome[] outcomes = new Outcome[rows.size()];
        List<Candidate> candidates = screening.screen(rows, outcomes);
        // the event's row lock keeps its capacity; a person's events across the competition need their own lock
        entrantLocks.lock(competitionCode, candidates.stream().map(Candidate::idNumberValue).toList());
        IntakeReads.Known known = reads.known(competitionCode, candidates);
        long active = entries.activeInEvent(competitionCode, eventCode);
        Instant now = Instant.now(clock);
        List<Candidate> accepted = admission.admit(candidates, competition, event, federation, known, active, now, outcomes);

        long checked = System.nanoTime();
        Map<String, UUID> personIds = personIds(accepted, known);
        List<IntakeWrites.NewEntry> newEntries = new ArrayList<>(accepted.size());
        List<Outbox.Pending> announcements = new ArrayList<>(accepted.size());
        for (Candidate c : accepted) {
            IntakeWrites.NewEntry entry = new IntakeWrites.NewEntry(UUID.randomUUID(), personIds.get(c.idNumberValue()),
                    c.request().employer().name().strip(), c.request().employer().creditCode().toUpperCase(),
                    c.request().currentSkillLevel());
            IntakeReads.KnownPerson person = known.person(c.idNumberValue());
            String name = person == null ? c.request().name().strip() : person.name();
            newEntries.add(entry);
            announcements.add(announcement(c, entry, name, competition, eventCode, federationCode));
            outcomes[c.index()] = Outcome.accepted(c.index(), entry.entryId(), entry.personId());
        }
        writes.insertEntries(competitionCode, eventCode, federationCode, now, newEntries);
        outbox.publishAll(announcements);
        counters.afterCommit(Signal.ENTRIES_REGISTERED, competition.level, accepted.size());
        if (!accepted.isEmpty()) {
            revisions.changed(competitionCode); // the figures count entrants
        }
        LOG.debugf("intake of %d rows into %s/%s: %d accepted; checks %d ms, writes %d ms", rows.size(), competitionCode,
                eventCode, accepted.size(), (checked - started) / 1_000_000, (System.nanoTime() - checked) / 1_000_000);
        return List.of(outcomes);
    }

    /** The person id of every accepted row: known people keep theirs, new people are inserted. */
    private Map<String, UUID> personIds(List<Candidate> accepted, IntakeReads.Known known) {
        List<IntakeWrites.NewPerson> fresh = accepted.stream().filter(c -> known.person(c.idNumberValue()) == null)
                .map(c -> new IntakeWrites.NewPerson(UUID.randomUUID(), c.idNumberValue(), c.request().name().strip(),
                        c.idNumber().gender().name(), c.idNumber().birthDate(), c.request().phone()))
                .toList();
        Map<String, UUID> ids = new HashMap<>();
        known.people().forEach((idNumber, p) -> ids.put(idNumber, p.id()));
        ids.putAll(writes.insertPeople(fresh));
        return ids;
    }

    /** An accepted row's entry-registered event. */
    private Outbox.Pending announcement(Candidate c, IntakeWrites.NewEntry entry, String name, Competition competition,
                                               String eventCode, String federationCode) {
        return new Outbox.Pending(new EntryRegistered(entry.entryId(), entry.personId(), c.idNumber().masked(), name,
                c.idNumber().gender().name(), federationCode, new Employer(entry.employer(), entry.creditCode()),
                entry.skillLevel(), competition.code, eventCode, competition.level, Origin.DIRECT, null,
                digest.of(c.idNumberValue())),
                Topic.eventKey(competition.code, eventCode), entry.entryId().toString());
    }

    private byte[] write(BatchAnswer answer) {
        try {
            return json.writeValueAsBytes(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
