package org.skillscontest.ranking.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.skillscontest.contracts.ObjectionState;
import org.skillscontest.contracts.ObjectionStep;
import org.skillscontest.contracts.Topic;
import org.skillscontest.platform.inbox.KeyLock;
import org.skillscontest.platform.outbox.Outbox;
import org.skillscontest.platform.problem.ProblemException;
import org.skillscontest.ranking.domain.Contestant;
import org.skillscontest.ranking.domain.Contestants;
import org.skillscontest.ranking.domain.Objection;
import org.skillscontest.ranking.domain.ObjectionRules;
import org.skillscontest.ranking.domain.Objections;
import org.skillscontest.ranking.domain.RankedEvent;
import org.skillscontest.ranking.domain.RankedEvents;
import org.skillscontest.ranking.domain.ResultsPublicities;
import org.skillscontest.ranking.domain.ResultsPublicity;
import org.skillscontest.platform.paging.Page;

/**
 * Objections (异议) to provisional results ({@link ObjectionRules}): a federation lodges one about its
 * own entrant within the publicity period; the chief judge rejects it with a reason, or resolves it
 * by a correction made in scoring once the corrected version is ranked here. Each step is kept on the
 * objection and announced on {@code ranking.objection.v1}; the decision of the last open objection
 * after the period makes the results FINAL. Everything runs under the event's {@link KeyLock}.
 */
@ApplicationScoped
public class Objecting {

    private final Objections objections;
    private final ResultsPublicities publicities;
    private final RankedEvents events;
    private final Contestants contestants;
    private final Publicity publicity;
    private final Outbox outbox;
    private final KeyLock keyLock;
    private final Clock clock;

    public Objecting(Objections objections, ResultsPublicities publicities, RankedEvents events, Contestants contestants,
                     Publicity publicity, Outbox outbox, KeyLock keyLock, Clock clock) {
        this.objections = objections;
        this.publicities = publicities;
        this.events = events;
        this.contestants = contestants;
        this.publicity = publicity;
        this.outbox = outbox;
        this.keyLock = keyLock;
        this.clock = clock;
    }

    /** {@code federation} (token subject {@code by}) objects to the results of its entrant {@code entryId}. */
    @Transactional
    public ObjectionView lodge(String competition, String event, UUID entryId, String reason, String federation, String by) {
        String key = Topic.eventKey(competition, event);
        keyLock.lock(key);
        ResultsPublicity p = publicities.findById(key);
        RankedEvent e = events.findById(key);
        if (p == null || e == null) {
            throw ProblemException.notFound("Published results of " + key);
        }
        Contestant c = contestants.findById(entryId);
        if (c == null || !key.equals(c.eventKey)) {
            throw ProblemException.notFound("Entry " + entryId + " in " + key);
        }
        Instant now = clock.instant();
        ObjectionRules.lodge(p.state, p.period(), now, federation, c.federation, objections.openFor(entryId))
                .ifPresent(refusal -> {
                    throw refused(refusal);
                });
        Objection o = new Objection();
        o.id = UUID.randomUUID();
        o.eventKey = key;
        o.competition = competition;
        o.event = event;
        o.entryId = entryId;
        o.personId = c.personId;
        o.federation = federation;
        o.state = ObjectionState.OPEN;
        o.objectedVersion = e.rankedVersion;
        o.reason = reason;
        o.lodgedBy = by;
        o.lodgedAt = now;
        objections.persist(o);
        announce(o);
        return ObjectionView.of(o, c.name);
    }

    /** The chief judge (subject {@code by}) decides objection {@code id} of the event, with a reason. */
    @Transactional
    public ObjectionView decide(String competition, String event, UUID id, ObjectionRules.Decision decision, String reason,
                                String by) {
        String key = Topic.eventKey(competition, event);
        keyLock.lock(key);
        Objection o = objections.findById(id);
        RankedEvent e = events.lock(key).orElse(null);
        if (o == null || e == null || !key.equals(o.eventKey)) {
            throw ProblemException.notFound("Objection " + id + " to " + key);
        }
        ObjectionRules.decide(e.chiefJudge, by, o.state, decision, o.objectedVersion, e.rankedVersion).ifPresent(refusal -> {
            throw refused(refusal);
        });
        o.state = decision.outcome();
        o.decisionReason = reason;
        o.decidedBy = by;
        o.decidedAt = clock.instant();
        o.correctedVersion = decision == ObjectionRules.Decision.RESOLVE_BY_CORRECTION ? e.rankedVersion : null;
        objections.flush(); // the check for FINAL counts open objections in SQL
        announce(o);
        // the last open objection decided after the period: the results are FINAL now
        publicity.finaliseIfReached(e);
        Contestant c = contestants.findById(o.entryId);
        return ObjectionView.of(o, c == null ? null : c.name);
    }

    /** A page of the event's objections, oldest first; a federation's own only when {@code federation} is not null. */
    @Transactional
    public Page<ObjectionView> ofEvent(String competition, String event, String federation, int page, int size) {
        String key = Topic.eventKey(competition, event);
        if (events.findById(key) == null) {
            throw ProblemException.notFound("Event " + key);
        }
        var query = objections.ofEvent(key, federation);
        List<Objection> list = query.page(page, size).list();
        Map<UUID, Contestant> people = list.isEmpty() ? Map.of() : contestants.list("entryId in ?1",
                list.stream().map(o -> o.entryId).toList()).stream().collect(Collectors.toMap(c -> c.entryId, Function.identity()));
        return new Page<>(list.stream().map(o -> ObjectionView.of(o, people.containsKey(o.entryId) ? people.get(o.entryId).name : null))
                .toList(), query.count());
    }

    /** One objection; a federation (not null) sees only its own, others are unknown to it. */
    @Transactional
    public ObjectionView one(String competition, String event, UUID id, String federation) {
        String key = Topic.eventKey(competition, event);
        Objection o = objections.findById(id);
        if (o == null || !key.equals(o.eventKey) || (federation != null && !federation.equals(o.federation))) {
            throw ProblemException.notFound("Objection " + id + " to " + key);
        }
        Contestant c = contestants.findById(o.entryId);
        return ObjectionView.of(o, c == null ? null : c.name);
    }

    /** One record per step: a double submission of the same step would find the same id. */
    private void announce(Objection o) {
        UUID id = UUID.nameUUIDFromBytes(("objection/" + o.id + "/" + o.state).getBytes(StandardCharsets.UTF_8));
        outbox.publish(id, new ObjectionStep(o.id, o.competition, o.event, o.entryId, o.personId, o.federation, o.state,
                o.objectedVersion, o.reason, o.lodgedBy, o.lodgedAt, o.decisionReason, o.decidedBy, o.decidedAt,
                o.correctedVersion), o.eventKey, o.id.toString());
    }

    private static ProblemException refused(ObjectionRules.Refusal refusal) {
        return switch (refusal) {
            case NOT_OWN_ENTRANT -> new ProblemException(403, "not-own-entrant", "Forbidden",
                    "A federation objects only to the results of its own entrants.", null);
            case RESULTS_FINAL -> ProblemException.conflict("results-final",
                    "The results are final (已公示): objections are no longer taken.", null);
            case PERIOD_ENDED -> ProblemException.conflict("period-ended",
                    "The publicity period (公示期) has ended: objections are no longer taken.", null);
            case ALREADY_OPEN -> ProblemException.conflict("objection-open",
                    "The entry has an open objection already; it is decided first.", null);
            case NOT_EVENT_CHIEF_JUDGE -> new ProblemException(403, "not-event-chief-judge", "Forbidden",
                    "Only the chief judge (裁判长) heading the event's panel decides objections to its results.", null);
            case ALREADY_DECIDED -> ProblemException.conflict("objection-decided", "The objection was decided already.", null);
            case NO_CORRECTION_YET -> ProblemException.conflict("no-correction-yet",
                    "No results version newer than the one objected to has been ranked: correct the results in scoring first.",
                    null);
        };
    }
}
