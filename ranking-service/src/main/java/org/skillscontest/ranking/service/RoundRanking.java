package org.skillscontest.ranking.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.skillscontest.contracts.AdvancementPolicy;
import org.skillscontest.contracts.EntrantStatus;
import org.skillscontest.contracts.Round;
import org.skillscontest.contracts.RoundRanked;
import org.skillscontest.contracts.RoundResultsPublished;
import org.skillscontest.contracts.Topic;
import org.skillscontest.platform.inbox.KeyLock;
import org.skillscontest.platform.outbox.Outbox;
import org.skillscontest.ranking.domain.Contestant;
import org.skillscontest.ranking.domain.Contestants;
import org.skillscontest.ranking.domain.Cut;
import org.skillscontest.ranking.domain.RankedEvent;
import org.skillscontest.ranking.domain.RankedEvents;
import org.skillscontest.ranking.domain.RankedRound;
import org.skillscontest.ranking.domain.RankedRounds;
import org.skillscontest.ranking.domain.Ranking;
import org.skillscontest.ranking.domain.ResultPart;
import org.skillscontest.ranking.domain.ResultParts;
import org.skillscontest.ranking.domain.RoundStanding;
import org.skillscontest.ranking.domain.RoundStandings;

/**
 * Ranks an earlier round of an event (初赛, 选拔赛) and draws its cut ({@link Cut}): places by the
 * same order as the final, ties at the cut by the event's tie setting, no awards, promotions or
 * honours. Who made the cut goes out on {@code ranking.round-ranked.v1}, from which scoring takes the
 * next round's roster. Parts wait, as the final's do, for the event and every entrant named.
 */
@ApplicationScoped
public class RoundRanking {

    private static final Logger LOG = Logger.getLogger(RoundRanking.class);

    private final RankedEvents events;
    private final RankedRounds rounds;
    private final RoundStandings standings;
    private final ResultParts parts;
    private final Contestants contestants;
    private final PublicRevisions revisions;
    private final Outbox outbox;
    private final KeyLock keyLock;
    private final Clock clock;

    public RoundRanking(RankedEvents events, RankedRounds rounds, RoundStandings standings, ResultParts parts,
                        Contestants contestants, PublicRevisions revisions, Outbox outbox, KeyLock keyLock, Clock clock) {
        this.events = events;
        this.rounds = rounds;
        this.standings = standings;
        this.parts = parts;
        this.contestants = contestants;
        this.revisions = revisions;
        this.outbox = outbox;
        this.keyLock = keyLock;
        this.clock = clock;
    }

    /** Keeps one part of an earlier round's results version, and ranks the round once the version can be. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void receive(RoundResultsPublished published) {
        String eventKey = Topic.eventKey(published.competition(), published.event());
        keyLock.lock(eventKey);
        RankedRound round = rounds.ensure(eventKey, published.round());
        parts.keep(round.key, published.version(), published.part(), published.parts(), published.results(), null);
        rankWhenReady(round);
    }

    /** The event's definition has arrived: its earlier rounds' waiting results may be ranked now. The caller holds its key lock. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rankWhenReady(RankedEvent event) {
        for (Round r : event.rounds) {
            if (r.cut() != null) {
                rankWhenReady(rounds.ensure(event.key, r.code()));
            }
        }
    }

    /** Entrants of these events have arrived: rounds waiting for them may be ranked now. The caller holds their key locks. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rankWaitingIn(Collection<String> eventKeys) {
        rounds.waitingIn(eventKeys).forEach(this::rankWhenReady);
    }

    private void rankWhenReady(RankedRound round) {
        RankedEvent event = events.lock(round.eventKey).orElse(null);
        if (event == null) {
            return; // the definition (and so the cut) has not arrived yet: Roster.open looks again
        }
        List<ResultPart> ready = parts.readyVersion(round.key, round.rankedVersion, contestants.entryIdsOf(event.key));
        if (!ready.isEmpty()) {
            rank(event, round, ready.get(0).version, ready);
        }
    }

    private void rank(RankedEvent event, RankedRound round, int version, List<ResultPart> versionParts) {
        int index = indexOf(event, round.round);
        if (index < 0 || index == event.rounds.size() - 1) {
            throw new IllegalStateException(round.key + " is not an earlier round of " + event.key);
        }
        Round definition = event.rounds.get(index);
        String next = event.rounds.get(index + 1).code();
        Map<Integer, ResultPart> byPart = new TreeMap<>();
        versionParts.forEach(p -> byPart.putIfAbsent(p.part, p));
        Map<UUID, Contestant> people = contestants.list("eventKey", event.key).stream()
                .collect(Collectors.toMap(c -> c.entryId, Function.identity()));
        List<Ranking.Score> scores = byPart.values().stream().flatMap(p -> p.results.stream())
                // only competing entrants take places in a round; the withdrawn and disqualified make no cut
                .filter(r -> r.status() == EntrantStatus.COMPETING)
                .filter(r -> people.get(r.entryId()) == null || !people.get(r.entryId()).withdrawn)
                .map(r -> new Ranking.Score(r.entryId(), r.total(), r.practical(), r.theory(), r.timeUsedSeconds()))
                .toList();
        List<Ranking.Placed> placed = Ranking.rank(scores);
        AdvancementPolicy policy = event.advancement == null ? AdvancementPolicy.defaults() : event.advancement;
        Cut.Outcome cut = Cut.draw(placed, definition.cut(), policy.ties());

        standings.delete("roundKey", round.key);
        standings.flush();
        List<RoundStanding> rows = new ArrayList<>(placed.size());
        for (Ranking.Placed p : placed) {
            RoundStanding s = new RoundStanding();
            s.roundKey = round.key;
            s.entryId = p.score().entryId();
            s.version = version;
            s.place = p.place();
            s.total = p.score().total();
            s.practical = p.score().practical();
            s.theory = p.score().theory();
            s.timeUsedSeconds = p.score().timeUsedSeconds();
            s.qualified = cut.qualified().contains(s.entryId);
            rows.add(s);
        }
        standings.persist(rows);
        round.rankedVersion = version;
        round.entrants = placed.size();
        round.qualified = cut.qualified().size();
        round.cutMark = cut.cutMark();
        round.rankedAt = Instant.now(clock);

        List<RoundRanked.Place> announced = rows.stream()
                .sorted(Comparator.comparingInt((RoundStanding s) -> s.place).thenComparing(s -> s.entryId))
                .map(s -> new RoundRanked.Place(s.place, s.entryId,
                        people.get(s.entryId) == null ? null : people.get(s.entryId).personId, s.total, s.qualified))
                .toList();
        UUID eventId = UUID.nameUUIDFromBytes(("round-ranked/" + round.key + "/" + version).getBytes(StandardCharsets.UTF_8));
        outbox.publish(eventId, new RoundRanked(event.competition, event.event, event.level, round.round, next, version,
                round.entrants, round.qualified, round.cutMark, announced), event.key, round.key);
        LOG.infof("%s version %d ranked: %d of %d make the cut to %s (cut mark %s)", round.key, version, round.qualified,
                round.entrants, next, round.cutMark);
        revisions.changed(event.competition);
    }

    private static int indexOf(RankedEvent event, String round) {
        for (int i = 0; i < event.rounds.size(); i++) {
            if (event.rounds.get(i).code().equals(round)) {
                return i;
            }
        }
        return -1;
    }
}
