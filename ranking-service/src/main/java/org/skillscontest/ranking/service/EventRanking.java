package org.skillscontest.ranking.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.skillscontest.contracts.AdvancementPolicy;
import org.skillscontest.contracts.Award;
import org.skillscontest.contracts.EventRanked;
import org.skillscontest.contracts.ResultsPublished;
import org.skillscontest.contracts.Topic;
import org.skillscontest.platform.inbox.KeyLock;
import org.skillscontest.platform.outbox.Outbox;
import org.skillscontest.platform.signals.DomainCounters;
import org.skillscontest.platform.signals.Signal;
import org.skillscontest.ranking.domain.Advancement;
import org.skillscontest.ranking.domain.Awards;
import org.skillscontest.ranking.domain.Contenders;
import org.skillscontest.ranking.domain.Contestant;
import org.skillscontest.ranking.domain.Contestants;
import org.skillscontest.ranking.domain.PendingResults;
import org.skillscontest.ranking.domain.Promotion;
import org.skillscontest.ranking.domain.PromotionStatus;
import org.skillscontest.ranking.domain.Promotions;
import org.skillscontest.ranking.domain.RankedEvent;
import org.skillscontest.ranking.domain.RankedEvents;
import org.skillscontest.ranking.domain.Ranking;
import org.skillscontest.ranking.domain.ResultPart;
import org.skillscontest.ranking.domain.ResultParts;
import org.skillscontest.ranking.domain.Standing;
import org.skillscontest.ranking.domain.Standings;

/**
 * Turns a complete results version into standings: places, awards, who advances; announces them on
 * {@code ranking.event-ranked.v1} and hands the advancing entrants to {@link Promoting}. A version
 * older than or equal to the one shown changes nothing, so replays are harmless.
 */
@ApplicationScoped
public class EventRanking {


    private final RankedEvents events;
    private final ResultParts parts;
    private final Contestants contestants;
    private final Standings standings;
    private final Promoting promoting;
    private final Promotions promotions;
    private final Publicity publicity;
    private final PublicRevisions revisions;
    private final Outbox outbox;
    private final KeyLock keyLock;
    private final DomainCounters counters;

    public EventRanking(RankedEvents events, ResultParts parts, Contestants contestants, Standings standings,
                        Promoting promoting, Promotions promotions, Publicity publicity, PublicRevisions revisions,
                        Outbox outbox, KeyLock keyLock,
                        DomainCounters counters) {
        this.counters = counters;
        this.events = events;
        this.parts = parts;
        this.contestants = contestants;
        this.standings = standings;
        this.promoting = promoting;
        this.promotions = promotions;
        this.publicity = publicity;
        this.revisions = revisions;
        this.outbox = outbox;
        this.keyLock = keyLock;
    }

    /**
     * Keeps one part of a results version, and ranks once the version can be: every part here, the
     * event opened and every entrant named known (see {@link PendingResults}). Until then the part
     * waits; {@link Roster} looks again when the event or an entrant arrives.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void receive(ResultsPublished published) {
        String key = Topic.eventKey(published.competition(), published.event());
        keyLock.lock(key);
        parts.keep(key, published.version(), published.part(), published.parts(), published.results(), published.chiefJudge());
        rankWhenReady(key);
    }

    /**
     * Ranks the event's newest results version if it can be ranked now. The caller holds the event's
     * {@link KeyLock}, taken before it wrote what may have made the version ready.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rankWhenReady(String key) {
        RankedEvent event = events.lock(key).orElse(null);
        if (event == null) {
            return; // the definition has not arrived yet; Roster.open looks again then
        }
        // who is known decides readiness (asked on every part and entrant batch); the entrants themselves only to rank
        List<ResultPart> ready = parts.readyVersion(key, event.rankedVersion, contestants.entryIdsOf(key));
        if (!ready.isEmpty()) {
            Map<UUID, Contestant> people = contestants.list("eventKey", key).stream()
                    .collect(Collectors.toMap(c -> c.entryId, Function.identity()));
            rank(event, ready.get(0).version, ready, people);
        }
    }

    /**
     * A promoted entrant withdrew at the next level: if it has not started, the place goes to the
     * next ranked entrant of the event they came from (the same version, re-advanced).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void promotedEntrantWithdrew(UUID promotionId) {
        Promotion p = promotions.findById(promotionId);
        if (p == null || p.status != PromotionStatus.ACTIVE) {
            return;
        }
        RankedEvent event = events.lock(Topic.eventKey(p.fromCompetition, p.fromEvent)).orElse(null);
        if (event == null || promoting.nextLevelStarted(event.advancesTo)) {
            return; // once the next level has started, nobody is added there
        }
        promoting.decline(p);
        List<Standing> rows = standings.ofEvent(event.key);
        List<Ranking.Placed> placed = rows.stream().filter(s -> s.place != null)
                .map(s -> new Ranking.Placed(new Ranking.Score(s.entryId, s.total, s.practical, s.theory, s.timeUsedSeconds), s.place))
                .toList();
        Map<UUID, Contestant> people = contestants.list("eventKey", event.key).stream()
                .collect(Collectors.toMap(c -> c.entryId, Function.identity()));
        Set<UUID> advancing = advancing(event, placed, people);
        rows.forEach(s -> {
            s.advanced = advancing.contains(s.entryId);
            s.advancementNote = null;
        });
        promoting.apply(event, event.rankedVersion, rows, people);
        revisions.changed(event.competition);
    }

    /**
     * The top quota under the event's advancement settings (ties at the line, cap per federation),
     * with declined places handed down the ranking within the cap.
     */
    private Set<UUID> advancing(RankedEvent event, List<Ranking.Placed> placed, Map<UUID, Contestant> people) {
        if (!event.promotes()) {
            return Set.of();
        }
        Set<UUID> declined = promotions.fromEvent(event.competition, event.event).stream()
                .filter(p -> p.status == PromotionStatus.DECLINED).map(p -> p.entryId).collect(Collectors.toSet());
        Map<UUID, String> federations = new HashMap<>();
        people.values().stream().filter(c -> c.federation != null).forEach(c -> federations.put(c.entryId, c.federation));
        AdvancementPolicy policy = event.advancement == null ? AdvancementPolicy.defaults() : event.advancement;
        Set<UUID> top = Advancement.select(placed, event.quota, policy, federations);
        return Advancement.withSubstitutes(placed, top, declined, policy.perFederationCap(), federations);
    }

    private void rank(RankedEvent event, int version, List<ResultPart> versionParts, Map<UUID, Contestant> people) {
        Map<Integer, ResultPart> byPart = new java.util.TreeMap<>();
        versionParts.forEach(p -> byPart.putIfAbsent(p.part, p));
        List<ResultsPublished.Result> results = byPart.values().stream().flatMap(p -> p.results.stream()).toList();
        Map<UUID, String> withdrawnHere = new HashMap<>();
        people.values().stream().filter(c -> c.withdrawn).forEach(c -> withdrawnHere.put(c.entryId, c.withdrawalReason));
        // only competing entrants take places, award slots and advancement; the others are listed
        Contenders contenders = Contenders.of(results, withdrawnHere);
        List<Ranking.Placed> placed = Ranking.rank(contenders.competing());
        Map<UUID, Award> awards = Awards.assign(placed, event.awards);
        Set<UUID> advancing = advancing(event, placed, people);

        standings.delete("eventKey", event.key);
        standings.flush();
        Map<UUID, Integer> places = new HashMap<>();
        placed.forEach(p -> places.put(p.score().entryId(), p.place()));
        List<Standing> rows = new ArrayList<>();
        for (ResultsPublished.Result r : results) {
            Standing s = new Standing();
            s.entryId = r.entryId();
            s.eventKey = event.key;
            s.version = version;
            s.place = places.get(r.entryId());
            s.award = awards.get(r.entryId());
            s.advanced = advancing.contains(r.entryId());
            s.total = r.total();
            s.practical = r.practical();
            s.theory = r.theory();
            s.timeUsedSeconds = r.timeUsedSeconds();
            s.status = contenders.status(r.entryId());
            s.statusReason = contenders.reason(r.entryId());
            rows.add(s);
        }
        standings.persist(rows);
        event.rankedVersion = version;
        // who decides objections to this version (a record written before the field names none: keep the last known)
        versionParts.stream().map(p -> p.chiefJudge).filter(java.util.Objects::nonNull).findFirst()
                .ifPresent(chief -> event.chiefJudge = chief);
        // once the next level has started, the promotions, not this version, say who advances
        promoting.holdIfNextLevelStarted(event, version, rows);

        List<EventRanked.Place> announced = rows.stream()
                .sorted(java.util.Comparator.comparing((Standing s) -> s.place == null ? Integer.MAX_VALUE : s.place)
                        .thenComparing(s -> s.entryId))
                .map(s -> {
                    Contestant c = people.get(s.entryId);
                    return new EventRanked.Place(s.place, s.entryId, c == null ? null : c.personId, c == null ? null : c.name,
                            c == null ? null : c.federation, s.total, s.practical, s.theory, s.award, s.advanced, s.status,
                            s.statusReason);
                })
                .toList();
        // final-round results are PROVISIONAL during publicity (公示): promotions as the event says, honours at FINAL
        Publicity.Stage stage = publicity.ranked(event, version);
        UUID eventId = UUID.nameUUIDFromBytes(("ranked/" + event.key + "/" + version).getBytes(StandardCharsets.UTF_8));
        outbox.publish(eventId, new EventRanked(event.competition, event.event, event.level, version, announced,
                stage.announced()), event.key, event.key);
        counters.afterCommit(Signal.RESULTS_PUBLISHED, event.level, 1);
        if (stage.promotes()) {
            promoting.apply(event, version, rows, people);
        }
        publicity.settle(event, version, stage, rows, people);
        revisions.changed(event.competition);
    }
}
