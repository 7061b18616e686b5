package org.skillscontest.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
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
import org.skillscontest.platform.inbox.KeyLock;
import org.skillscontest.platform.security.IdNumberDigest;
import org.skillscontest.platform.inbox.UnprocessableEventException;
import org.skillscontest.platform.outbox.Outbox;
import org.skillscontest.platform.signals.DomainCounters;
import org.skillscontest.platform.signals.Signal;
import org.skillscontest.platform.problem.ProblemException;
import org.skillscontest.registration.domain.Competition;
import org.skillscontest.registration.domain.CompetitionEvent;
import org.skillscontest.registration.domain.CompetitionEvents;
import org.skillscontest.registration.domain.Competitions;
import org.skillscontest.registration.domain.Entries;
import org.skillscontest.registration.domain.Entry;
import org.skillscontest.registration.domain.EntryStatus;
import org.skillscontest.registration.domain.IdNumber;
import org.skillscontest.registration.domain.People;
import org.skillscontest.registration.domain.Person;
import org.skillscontest.registration.domain.RevokedPromotion;
import org.skillscontest.registration.domain.RevokedPromotions;

/** Entries after intake: registration by promotion, withdrawal, revocation. */
@ApplicationScoped
public class Registration {

    private static final Logger LOG = Logger.getLogger(Registration.class);

    private final Competitions competitions;
    private final CompetitionEvents events;
    private final People people;
    private final Entries entries;
    private final RevokedPromotions revokedPromotions;
    private final Outbox outbox;
    private final KeyLock keyLock;
    private final IdNumberDigest digest;
    private final PublicRevisions revisions;
    private final Clock clock;
    private final DomainCounters counters;

    public Registration(Competitions competitions, CompetitionEvents events, People people, Entries entries,
                        RevokedPromotions revokedPromotions, Outbox outbox, KeyLock keyLock, IdNumberDigest digest,
                        PublicRevisions revisions, Clock clock, DomainCounters counters) {
        this.counters = counters;
        this.competitions = competitions;
        this.events = events;
        this.people = people;
        this.entries = entries;
        this.revokedPromotions = revokedPromotions;
        this.outbox = outbox;
        this.keyLock = keyLock;
        this.digest = digest;
        this.revisions = revisions;
        this.clock = clock;
    }

    /**
     * A promotion from the level below registers the entrant into the linked event, represented by
     * the federation that sent them up. Idempotent on the promotion id; a promotion revoked before it
     * arrived registers nobody.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void registerPromoted(EntrantPromoted promoted) {
        lockPromotion(promoted.promotionId());
        if (entries.byPromotion(promoted.promotionId()).isPresent()) {
            return;
        }
        if (revokedPromotions.findById(promoted.promotionId()) != null) {
            LOG.infof("promotion %s was revoked before it arrived; nothing to register", promoted.promotionId());
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
        entry.promotedFrom = source.id;
        announce(entry, person, competition);
        revisions.changed(competition.code, source.competition); // promoted in here, promoted out of there
    }

    /**
     * A revoked promotion withdraws the next-level entry it created. It is remembered either way: the
     * promotion comes on another topic and may be handled after its revocation.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revokePromotion(PromotionRevoked revoked) {
        lockPromotion(revoked.promotionId());
        if (revokedPromotions.findById(revoked.promotionId()) == null) {
            RevokedPromotion tombstone = new RevokedPromotion();
            tombstone.promotionId = revoked.promotionId();
            tombstone.reason = revoked.reason();
            tombstone.revokedAt = Instant.now(clock);
            revokedPromotions.persist(tombstone);
        }
        entries.lockByPromotion(revoked.promotionId())
                .filter(e -> e.status == EntryStatus.REGISTERED)
                .ifPresent(e -> withdraw(e, "promotion revoked: " + revoked.reason()));
    }

    /**
     * A promotion and its revocation are handled one after the other: whichever comes second sees what
     * the first committed (the entry, or the revocation), whatever order the two topics deliver them in.
     */
    private void lockPromotion(UUID promotionId) {
        keyLock.lock("promotion/" + promotionId);
    }

    @Transactional
    public Entry withdraw(UUID entryId, String reason, java.util.function.Consumer<String> checkFederation) {
        // locked before its status is read: of two racing withdrawals the second sees the first's and gets 409
        Entry entry = entries.lock(entryId).orElseThrow(() -> ProblemException.notFound("Entry " + entryId));
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
        outbox.publish(new EntryWithdrawn(entry.id, entry.personId, entry.competition, entry.event, reason, entry.promotionId),
                Topic.eventKey(entry.competition, entry.event), entry.id.toString());
        // the figures count withdrawals here, and a promoted entrant's as one fewer promoted out of the level below
        String promotedOutOf = entry.promotedFrom == null ? null
                : entries.findByIdOptional(entry.promotedFrom).map(e -> e.competition).orElse(null);
        revisions.changed(entry.competition, promotedOutOf);
    }

    /** People by id, for views. */
    public Map<UUID, Person> people(List<Entry> list) {
        List<UUID> ids = list.stream().map(e -> e.personId).distinct().toList();
        return ids.isEmpty() ? Map.of() : people.list("id in ?1", ids).stream()
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
    }

    /** Ranking announced an event's results: from now on they count as published (公示). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void resultsPublished(org.skillscontest.contracts.EventRanked ranked) {
        events.find(ranked.competition(), ranked.event()).filter(e -> e.resultsPublishedAt == null).ifPresent(e -> {
            e.resultsPublishedAt = Instant.now(clock);
            revisions.changed(e.competition); // the figures may be public now
        });
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
                        entry.promotionId, digest.of(person.idNumber)),
                Topic.eventKey(entry.competition, entry.event), entry.id.toString());
        counters.afterCommit(Signal.ENTRIES_REGISTERED, competition.level, 1);
    }
}
