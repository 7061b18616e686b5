package org.skillscontest.ranking.service;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.skillscontest.contracts.EntrantPromoted;
import org.skillscontest.contracts.EventRef;
import org.skillscontest.contracts.PromotionRevoked;
import org.skillscontest.platform.outbox.Outbox;
import org.skillscontest.platform.signals.DomainCounters;
import org.skillscontest.platform.signals.Signal;
import org.skillscontest.platform.tracing.OriginSpans;
import org.skillscontest.ranking.domain.NextLevel;
import org.skillscontest.ranking.domain.Contestant;
import org.skillscontest.ranking.domain.Promotion;
import org.skillscontest.ranking.domain.PromotionStatus;
import org.skillscontest.ranking.domain.Promotions;
import org.skillscontest.ranking.domain.RankedEvent;
import org.skillscontest.ranking.domain.RankedEvents;
import org.skillscontest.ranking.domain.RevocationReason;
import org.skillscontest.ranking.domain.Standing;

/**
 * Makes the standings' advancement true downstream: each advancing entrant is promoted once, with a
 * stable id; a promotion that no longer holds after a correction is revoked while the next level
 * has not started, and only recorded once it has.
 */
@ApplicationScoped
public class Promoting {

    private static final Logger LOG = Logger.getLogger(Promoting.class);
    private static final AttributeKey<String> PROMOTION = AttributeKey.stringKey("contest.promotion.id");
    private static final AttributeKey<String> EVENT = AttributeKey.stringKey("contest.event");
    private static final AttributeKey<String> LEVEL = AttributeKey.stringKey("contest.level");

    private final Promotions promotions;
    private final RankedEvents events;
    private final Outbox outbox;
    private final Clock clock;
    private final DomainCounters counters;
    private final OriginSpans spans;

    public Promoting(Promotions promotions, RankedEvents events, Outbox outbox, Clock clock, DomainCounters counters,
                     OriginSpans spans) {
        this.counters = counters;
        this.spans = spans;
        this.promotions = promotions;
        this.events = events;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Once the next level has started, nobody is added there or removed from it: the standings keep
     * the advancement the promotions say, and note what this version alone would have changed. Called
     * before the version is announced, so that {@code event-ranked} says who really goes on.
     */
    void holdIfNextLevelStarted(RankedEvent event, int version, List<Standing> standings) {
        if (!event.promotes() || !nextLevelStarted(event.advancesTo)) {
            return;
        }
        Set<UUID> promoted = promotions.fromEvent(event.competition, event.event).stream()
                .filter(p -> p.status == PromotionStatus.ACTIVE).map(p -> p.entryId).collect(Collectors.toSet());
        String next = event.advancesTo.competition();
        for (Standing s : standings) {
            if (s.advanced && !promoted.contains(s.entryId)) {
                s.advanced = false;
                s.advancementNote = NextLevel.notAdded(version, next);
                LOG.warnf("%s version %d: entry %s now advances, but %s has started; recorded, not promoted",
                        event.key, version, s.entryId, event.advancesTo.key());
            } else if (!s.advanced && promoted.contains(s.entryId)) {
                s.advanced = true;
                s.advancementNote = NextLevel.promotionStands(version, next);
                LOG.warnf("%s version %d: entry %s no longer advances, but %s has started; recorded, not revoked",
                        event.key, version, s.entryId, event.advancesTo.key());
            }
        }
    }

    /**
     * Promotes who advances and is not promoted yet, and revokes what no longer holds; after
     * {@link #holdIfNextLevelStarted} has settled a level under way, there is nothing left to do here.
     */
    void apply(RankedEvent event, int version, List<Standing> standings, Map<UUID, Contestant> people) {
        if (!event.promotes()) {
            return;
        }
        // every promotion from the event, whatever its status, in one query: a replayed version finds its own here
        List<Promotion> fromEvent = promotions.fromEvent(event.competition, event.event);
        Map<UUID, Promotion> existing = fromEvent.stream()
                .filter(p -> p.status == PromotionStatus.ACTIVE)
                .collect(Collectors.toMap(p -> p.entryId, p -> p));
        Set<UUID> advancing = standings.stream().filter(s -> s.advanced).map(s -> s.entryId).collect(Collectors.toSet());
        Set<UUID> declined = fromEvent.stream()
                .filter(p -> p.status == PromotionStatus.DECLINED).map(p -> p.entryId).collect(Collectors.toSet());
        if (nextLevelStarted(event.advancesTo)) {
            return; // held as it stands: see holdIfNextLevelStarted
        }
        Set<UUID> known = fromEvent.stream().map(p -> p.id).collect(Collectors.toSet());
        for (Standing s : standings) {
            if (s.advanced && !existing.containsKey(s.entryId) && !declined.contains(s.entryId)) {
                promote(event, version, s, people.get(s.entryId), known);
            }
        }
        Map<UUID, Standing> byEntry = standings.stream().collect(Collectors.toMap(s -> s.entryId, s -> s));
        for (Promotion p : existing.values()) {
            if (!advancing.contains(p.entryId)) {
                Standing s = byEntry.get(p.entryId); // says why: below the quota, withdrawn or disqualified
                revoke(p, RevocationReason.of(event.key, version, s == null ? null : s.status, s == null ? null : s.statusReason));
            }
        }
    }

    /** {@code known}: the ids of every promotion from the event, so that a replay adds nothing. */
    private void promote(RankedEvent event, int version, Standing s, Contestant c, Set<UUID> known) {
        if (c == null) {
            throw new IllegalStateException("entry " + s.entryId + " of " + event.key + " is unknown to ranking");
        }
        // the version that first promotes the entry is part of the id: replays of it find the same promotion
        UUID id = UUID.nameUUIDFromBytes(("promotion/" + event.key + "/" + s.entryId + "/" + version)
                .getBytes(StandardCharsets.UTF_8));
        if (known.contains(id)) {
            return;
        }
        Promotion p = new Promotion();
        p.id = id;
        p.personId = c.personId;
        p.entryId = s.entryId;
        p.fromCompetition = event.competition;
        p.fromEvent = event.event;
        p.fromLevel = event.level;
        p.place = s.place;
        p.total = s.total;
        p.award = s.award;
        p.toCompetition = event.advancesTo.competition();
        p.toEvent = event.advancesTo.event();
        p.toLevel = event.advancesTo.level();
        p.status = PromotionStatus.ACTIVE;
        p.resultsVersion = version;
        p.promotedAt = Instant.now(clock);
        promotions.persist(p);
        // the next step of the entrant's journey: it continues the trace of the federation's intake, linked to the lock's
        spans.run("promote entrant", c.registrationTrace(), Attributes.of(PROMOTION, p.id.toString(), EVENT, event.key,
                LEVEL, p.fromLevel.name()), () -> outbox.publish(p.id, new EntrantPromoted(p.id, p.personId, c.maskedIdNumber,
                        c.name, c.federation,
                        new EntrantPromoted.From(p.fromCompetition, p.fromEvent, p.fromLevel, p.entryId, p.place, p.total, p.award),
                        event.advancesTo),
                p.personId.toString(), p.personId.toString()));
        counters.afterCommit(Signal.PROMOTIONS, p.fromLevel, 1);
    }

    private void revoke(Promotion p, String reason) {
        p.status = PromotionStatus.REVOKED;
        p.revokedAt = Instant.now(clock);
        p.revocationReason = reason;
        UUID eventId = UUID.nameUUIDFromBytes(("revoked/" + p.id).getBytes(StandardCharsets.UTF_8));
        outbox.publish(eventId, new PromotionRevoked(p.id, p.personId, new EventRef(p.toCompetition, p.toEvent, p.toLevel), reason),
                p.personId.toString(), p.personId.toString());
    }

    /** The entrant withdrew at the next level before it started: the place is handed down. */
    void decline(Promotion p) {
        p.status = PromotionStatus.DECLINED;
        p.revokedAt = Instant.now(clock);
        p.revocationReason = "withdrew before " + p.toCompetition + " started";
    }

    /** Once the next level's competition has started, nobody is added or removed there. */
    boolean nextLevelStarted(EventRef target) {
        RankedEvent next = events.findById(target.key());
        return NextLevel.hasStarted(next == null ? null : next.startsOn, clock.instant());
    }
}
