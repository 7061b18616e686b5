package org.skillscontest.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.skillscontest.contracts.EntrantPromoted;
import org.skillscontest.contracts.EntryRegistered;
import org.skillscontest.contracts.EntryWithdrawn;
import org.skillscontest.contracts.Origin;
import org.skillscontest.contracts.PromotionRevoked;
import org.skillscontest.contracts.Topic;
import org.skillscontest.platform.inbox.UnprocessableEventException;
import org.skillscontest.platform.outbox.Outbox;
import org.skillscontest.platform.problem.FieldError;
import org.skillscontest.platform.problem.ProblemException;
import org.skillscontest.registration.api.EntryRequest;
import org.skillscontest.registration.config.EligibilityConfig;
import org.skillscontest.registration.domain.Competition;
import org.skillscontest.registration.domain.CompetitionEvent;
import org.skillscontest.registration.domain.CompetitionEvents;
import org.skillscontest.registration.domain.Competitions;
import org.skillscontest.registration.domain.CreditCode;
import org.skillscontest.registration.domain.Eligibility;
import org.skillscontest.registration.domain.Entries;
import org.skillscontest.registration.domain.Entry;
import org.skillscontest.registration.domain.EntryStatus;
import org.skillscontest.registration.domain.Federation;
import org.skillscontest.registration.domain.Federations;
import org.skillscontest.registration.domain.IdNumber;
import org.skillscontest.registration.domain.People;
import org.skillscontest.registration.domain.Person;

/** Entries: direct registration by federations, registration by promotion, withdrawal. */
@ApplicationScoped
public class Registration {

    private static final Logger LOG = Logger.getLogger(Registration.class);

    private final Competitions competitions;
    private final CompetitionEvents events;
    private final Federations federations;
    private final People people;
    private final Entries entries;
    private final Outbox outbox;
    private final EntityManager em;
    private final EligibilityConfig eligibility;
    private final Clock clock;

    public Registration(Competitions competitions, CompetitionEvents events, Federations federations, People people,
                        Entries entries, Outbox outbox, EntityManager em, EligibilityConfig eligibility, Clock clock) {
        this.competitions = competitions;
        this.events = events;
        this.federations = federations;
        this.people = people;
        this.entries = entries;
        this.outbox = outbox;
        this.em = em;
        this.eligibility = eligibility;
        this.clock = clock;
    }

    /** A federation submits one entrant; every rule is checked before anything is written. */
    @Transactional
    public Entry register(String competitionCode, String eventCode, String federationCode, EntryRequest request) {
        Competition competition = competitions.findByIdOptional(competitionCode)
                .orElseThrow(() -> ProblemException.notFound("Competition " + competitionCode));
        CompetitionEvent event = events.lock(competitionCode, eventCode)
                .orElseThrow(() -> ProblemException.notFound("Event " + eventCode + " of " + competitionCode));
        Federation federation = federations.findByIdOptional(federationCode)
                .orElseThrow(() -> ProblemException.forbidden("Federation " + federationCode + " is not registered."));

        IdNumber idNumber = validInput(request);
        Person known = people.byIdNumber(idNumber.value()).orElse(null);
        List<FieldError> ineligible = Eligibility.check(new Eligibility.Facts(idNumber, federation.regionCode,
                competition.regionCode, competition.startsOn, competition.registrationClosesAt, Instant.now(clock),
                event.capacity, entries.activeInEvent(competitionCode, eventCode),
                known != null && entries.personInEvent(known.id, competitionCode, eventCode),
                known == null ? 0 : entries.personEventsInCompetition(known.id, competitionCode)), eligibility.settings());
        if (ineligible.stream().anyMatch(e -> e.code().equals("already-entered"))) {
            throw ProblemException.conflict("duplicate-entry", "This person has already entered this event.", ineligible);
        }
        if (!ineligible.isEmpty()) {
            throw ProblemException.ineligible(ineligible);
        }
        Person person = known != null ? known : createPerson(idNumber, request);
        Entry entry = newEntry(person.id, competition, event, federationCode, request.employer().name(),
                request.employer().creditCode().toUpperCase(), request.currentSkillLevel(), Origin.DIRECT, null);
        announce(entry, person, competition);
        return entry;
    }

    /**
     * A promotion from the level below registers the entrant into the linked event, represented by
     * the federation that sent them up. Idempotent on the promotion id.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void registerPromoted(EntrantPromoted promoted) {
        if (entries.byPromotion(promoted.promotionId()).isPresent()) {
            return;
        }
        Competition competition = competitions.findByIdOptional(promoted.to().competition())
                .orElseThrow(() -> new UnprocessableEventException("unknown competition " + promoted.to().competition()));
        CompetitionEvent event = events.lock(promoted.to().competition(), promoted.to().event())
                .orElseThrow(() -> new UnprocessableEventException("unknown event " + promoted.to().key()));
        Person person = people.findByIdOptional(promoted.personId())
                .orElseThrow(() -> new UnprocessableEventException("unknown person " + promoted.personId()));
        Entry source = entries.findByIdOptional(promoted.from().entryId())
                .orElseThrow(() -> new UnprocessableEventException("unknown source entry " + promoted.from().entryId()));
        if (entries.personInEvent(person.id, competition.code, event.code)) {
            LOG.infof("promotion %s: person %s is already in %s; nothing to register",
                    promoted.promotionId(), person.id, promoted.to().key());
            return;
        }
        Entry entry = newEntry(person.id, competition, event, source.federation, source.employerName,
                source.employerCreditCode, source.currentSkillLevel, Origin.PROMOTED, promoted.promotionId());
        announce(entry, person, competition);
    }

    /** A revoked promotion withdraws the next-level entry it created. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revokePromotion(PromotionRevoked revoked) {
        entries.byPromotion(revoked.promotionId())
                .filter(e -> e.status == EntryStatus.REGISTERED)
                .ifPresent(e -> withdraw(e, "promotion revoked: " + revoked.reason()));
    }

    @Transactional
    public Entry withdraw(UUID entryId, String reason, java.util.function.Consumer<String> checkFederation) {
        Entry entry = entries.findByIdOptional(entryId).orElseThrow(() -> ProblemException.notFound("Entry " + entryId));
        checkFederation.accept(entry.federation);
        if (entry.status == EntryStatus.WITHDRAWN) {
            throw ProblemException.conflict("already-withdrawn", "The entry was withdrawn already.", null);
        }
        withdraw(entry, reason);
        return entry;
    }

    private void withdraw(Entry entry, String reason) {
        entry.status = EntryStatus.WITHDRAWN;
        entry.withdrawalReason = reason;
        outbox.publish(new EntryWithdrawn(entry.id, entry.personId, entry.competition, entry.event, reason),
                Topic.eventKey(entry.competition, entry.event), entry.id.toString());
    }

    /** People by id, for views. */
    public Map<UUID, Person> people(List<Entry> list) {
        List<UUID> ids = list.stream().map(e -> e.personId).distinct().toList();
        return ids.isEmpty() ? Map.of() : people.list("id in ?1", ids).stream()
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
    }

    /** Field checks that need more than Bean Validation: the ID number, gender and credit code. */
    private static IdNumber validInput(EntryRequest request) {
        List<FieldError> errors = new ArrayList<>();
        IdNumber.Result id = IdNumber.parse(request.idNumber());
        if (id.defect() != null) {
            errors.add(new FieldError("idNumber", id.defect().code, id.defect().message));
        } else if (request.gender() != null && request.gender() != id.idNumber().gender()) {
            errors.add(new FieldError("gender", "gender-mismatch", "does not agree with the ID number"));
        }
        CreditCode.Defect credit = CreditCode.defectOf(request.employer().creditCode());
        if (credit != null) {
            errors.add(new FieldError("employer.creditCode", credit.code, credit.message));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return id.idNumber();
    }

    /** One person per ID number, even when two registrations of a new person race. */
    private Person createPerson(IdNumber idNumber, EntryRequest request) {
        em.createNativeQuery("""
                        insert into person (id, id_number, name, gender, birth_date, phone)
                        values (:id, :idNumber, :name, :gender, :birthDate, :phone)
                        on conflict (id_number) do nothing""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("idNumber", idNumber.value())
                .setParameter("name", request.name().strip())
                .setParameter("gender", idNumber.gender().name())
                .setParameter("birthDate", idNumber.birthDate())
                .setParameter("phone", request.phone())
                .executeUpdate();
        return people.byIdNumber(idNumber.value()).orElseThrow();
    }

    private Entry newEntry(UUID personId, Competition competition, CompetitionEvent event, String federation,
                           String employerName, String employerCreditCode, int skillLevel, Origin origin, UUID promotionId) {
        Entry entry = new Entry();
        entry.id = UUID.randomUUID();
        entry.personId = personId;
        entry.competition = competition.code;
        entry.event = event.code;
        entry.federation = federation;
        entry.employerName = employerName;
        entry.employerCreditCode = employerCreditCode;
        entry.currentSkillLevel = skillLevel;
        entry.status = EntryStatus.REGISTERED;
        entry.origin = origin;
        entry.promotionId = promotionId;
        entry.registeredAt = Instant.now(clock);
        entries.persist(entry);
        return entry;
    }

    private void announce(Entry entry, Person person, Competition competition) {
        outbox.publish(new EntryRegistered(entry.id, person.id, IdNumber.mask(person.idNumber), person.name,
                        person.gender.name(), entry.federation,
                        new org.skillscontest.contracts.Employer(entry.employerName, entry.employerCreditCode),
                        entry.currentSkillLevel, entry.competition, entry.event, competition.level, entry.origin,
                        entry.promotionId),
                Topic.eventKey(entry.competition, entry.event), entry.id.toString());
    }
}
