package org.skillscontest.ranking.service;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.skillscontest.contracts.HonourRecommended;
import org.skillscontest.contracts.HonourWithdrawn;
import org.skillscontest.platform.inbox.KeyLock;
import org.skillscontest.platform.outbox.Outbox;
import org.skillscontest.platform.tracing.OriginSpans;
import org.skillscontest.ranking.domain.Contestant;
import org.skillscontest.ranking.domain.Honour;
import org.skillscontest.ranking.domain.HonourPolicy;
import org.skillscontest.ranking.domain.HonourReview;
import org.skillscontest.ranking.domain.Honours;
import org.skillscontest.ranking.domain.RankedEvent;
import org.skillscontest.ranking.domain.Standing;

/**
 * Keeps an event's honour recommendations in line with its latest places, and announces every
 * change for the honours office and skill-certification systems: a recommendation the places call
 * for is recommended once ({@code ranking.honour-recommended.v1}); one they no longer call for after
 * a correction is withdrawn ({@code ranking.honour-withdrawn.v1}) and its new holder recommended.
 *
 * <p>Only FINAL results are reviewed ({@link Publicity} calls this when they become FINAL and for
 * every version after): honours wait for the publicity period (公示), whatever the event's promoteWhen.
 *
 * <p>Unlike promotions, withdrawals have no "next level has started" gate: an honour is earned by
 * the event's own places, and no step in this system acts on a recommendation, so a correction
 * always withdraws what it no longer supports. Ids are derived from event, entry, kind, target
 * level and version, so a replayed version finds what it did the first time and changes nothing.
 */
@ApplicationScoped
public class Honouring {

    private final Honours honours;
    private final Outbox outbox;
    private final KeyLock keyLock;
    private final Clock clock;

    private final OriginSpans spans;

    public Honouring(Honours honours, Outbox outbox, KeyLock keyLock, Clock clock, OriginSpans spans) {
        this.spans = spans;
        this.honours = honours;
        this.outbox = outbox;
        this.keyLock = keyLock;
        this.clock = clock;
    }

    /**
     * Locks these people's honours until the end of the transaction. "One upgrade a year" spans every
     * event of a person, while a ranking holds only its own event's lock: two events ranked at once
     * would each see no upgrade elsewhere. A transaction that ranks several events locks all their
     * people first, so that every transaction takes person locks in one order (KeyLock's) and none
     * waits for another.
     */
    public void lockPeople(Collection<UUID> people) {
        keyLock.lock(people.stream().map(p -> "honour-person/" + p).toList());
    }

    void review(RankedEvent event, int version, List<Standing> standings, Map<UUID, Contestant> people) {
        HonourPolicy policy = HonourPolicy.of(event.level, event.honours); // the level's table unless the event sets its own
        Set<UUID> contenders = standings.stream()
                .filter(s -> s.place != null && s.place <= policy.lastHonouredPlace() && people.containsKey(s.entryId))
                .map(s -> people.get(s.entryId).personId)
                .collect(Collectors.toSet());
        lockPeople(contenders); // before looking for their upgrades elsewhere: see lockPeople
        Set<UUID> upgradedElsewhere = honours.upgradedElsewhere(contenders, event.year, event.competition, event.event);
        List<HonourReview.Entrant> entrants = new ArrayList<>();
        for (Standing s : standings) {
            Contestant c = people.get(s.entryId);
            if (c != null) {
                entrants.add(new HonourReview.Entrant(s.entryId, c.withdrawn ? null : s.place, c.currentSkillLevel,
                        upgradedElsewhere.contains(c.personId)));
            }
        }
        // the event's recommendations in one query: the held ones are reviewed, and a replayed version finds its own
        List<Honour> ofEvent = honours.ofEvent(event.competition, event.event);
        Set<UUID> known = ofEvent.stream().map(h -> h.id).collect(Collectors.toSet());
        Map<UUID, Honour> held = ofEvent.stream().filter(h -> h.withdrawnAt == null)
                .collect(Collectors.toMap(h -> h.id, Function.identity()));
        HonourReview.Outcome outcome = HonourReview.review(policy, entrants, held.values().stream()
                .map(h -> new HonourReview.Held(h.id, h.entryId, h.kind, h.targetSkillLevel)).toList());

        for (HonourReview.Withdrawal w : outcome.withdraw()) {
            withdraw(held.get(w.honour().honourId()), reason(event, version, w));
        }
        for (HonourReview.Due d : outcome.recommend()) {
            recommend(event, version, d, people.get(d.entryId()), known);
        }
    }

    /** {@code known}: the ids of every recommendation of the event, withdrawn ones too. */
    private void recommend(RankedEvent event, int version, HonourReview.Due due, Contestant c, Set<UUID> known) {
        UUID id = UUID.nameUUIDFromBytes(("honour/" + event.key + "/" + due.entryId() + "/" + due.kind() + "/"
                + due.targetSkillLevel() + "/" + version).getBytes(StandardCharsets.UTF_8));
        if (known.contains(id)) {
            return;
        }
        Honour h = new Honour();
        h.id = id;
        h.personId = c.personId;
        h.entryId = due.entryId();
        h.kind = due.kind();
        h.level = event.level;
        h.competition = event.competition;
        h.event = event.event;
        h.place = due.place();
        h.targetSkillLevel = due.targetSkillLevel();
        h.year = event.year;
        h.recommendedAt = Instant.now(clock);
        honours.persist(h);
        // like a promotion, the honour continues the trace of the entrant's registration, linked to the lock's
        spans.run("recommend honour", c.registrationTrace(), Attributes.of(AttributeKey.stringKey("contest.honour.id"),
                id.toString(), AttributeKey.stringKey("contest.event"), event.key), () -> outbox.publish(id,
                new HonourRecommended(id, c.personId, due.kind(), event.level, event.competition, event.event,
                        due.place(), due.targetSkillLevel()), c.personId.toString(), c.personId.toString()));
    }

    private void withdraw(Honour h, String reason) {
        h.withdrawnAt = Instant.now(clock);
        h.withdrawalReason = reason;
        UUID eventId = UUID.nameUUIDFromBytes(("honour-withdrawn/" + h.id).getBytes(StandardCharsets.UTF_8));
        outbox.publish(eventId, new HonourWithdrawn(h.id, h.personId, h.kind, h.competition, h.event, reason),
                h.personId.toString(), h.personId.toString());
    }

    private static String reason(RankedEvent event, int version, HonourReview.Withdrawal w) {
        String now = w.placeNow() == null ? "gives the entrant no place" : "places the entrant " + w.placeNow();
        String what = w.honour().targetSkillLevel() == null ? w.honour().kind().name()
                : w.honour().kind() + " to skill level " + w.honour().targetSkillLevel();
        return "results version " + version + " of " + event.key + " " + now + ", which no longer earns " + what;
    }
}
