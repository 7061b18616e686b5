package org.skillscontest.ranking.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.skillscontest.contracts.Round;
import org.skillscontest.contracts.Topic;
import org.skillscontest.platform.problem.ProblemException;
import org.skillscontest.ranking.domain.Contestant;
import org.skillscontest.ranking.domain.Contestants;
import org.skillscontest.ranking.domain.RankedEvent;
import org.skillscontest.ranking.domain.RankedEvents;
import org.skillscontest.ranking.domain.RankedRound;
import org.skillscontest.ranking.domain.RankedRounds;
import org.skillscontest.ranking.domain.RoundStanding;
import org.skillscontest.ranking.domain.RoundStandings;

/** Read models of earlier rounds: a round's places and cut, the page's round sections, the figures for statistics. */
@ApplicationScoped
public class RoundResults {

    /**
     * A ranked earlier round: its places, who made the cut to {@code nextRound}, and the cut mark (分数线).
     * {@code places} is one page of them, {@code total} how many there are in all.
     */
    public record RoundRankingView(String competition, String event, String round, String name, String nextRound,
                                   String nextRoundName, int version, int entrants, int qualified, BigDecimal cutMark,
                                   List<Place> places, int page, int size, long total) {
    }

    public record Place(int place, UUID entryId, UUID personId, String name, String federation, BigDecimal total,
                        BigDecimal practical, BigDecimal theory, boolean qualified) {
    }

    /** A round's figures: entrants, how many made the cut, the cut mark. */
    public record Figures(String event, String eventName, String round, String roundName, String nextRoundName, int version,
                          int entrants, int qualified, BigDecimal cutMark) {
    }

    /** A round on the results page: its figures and who made the cut (the full list is the API's). */
    public record Section(Figures figures, List<Line> qualified) {
    }

    public record Line(int place, String name, String maskedIdNumber, String federation, BigDecimal total) {
    }

    private final RankedEvents events;
    private final RankedRounds rounds;
    private final RoundStandings standings;
    private final Contestants contestants;

    public RoundResults(RankedEvents events, RankedRounds rounds, RoundStandings standings, Contestants contestants) {
        this.events = events;
        this.rounds = rounds;
        this.standings = standings;
        this.contestants = contestants;
    }

    /** The round's ranking with one page of its places, paged by the database in the standings' order. */
    @Transactional
    public RoundRankingView ranking(String competition, String event, String round, int page, int size) {
        RankedRound r = rounds.findByIdOptional(Topic.roundKey(competition, event, round))
                .filter(x -> x.rankedVersion > 0)
                .orElseThrow(() -> ProblemException.notFound("Published results of round " + round + " of " + competition + "/" + event));
        RankedEvent e = events.findById(r.eventKey);
        Figures f = figures(e, r);
        var query = standings.placesOf(r.key);
        List<RoundStanding> rows = query.page(page, size).list();
        Map<UUID, Contestant> people = rows.isEmpty() ? Map.of() : contestants.list("entryId in ?1",
                rows.stream().map(s -> s.entryId).toList()).stream().collect(Collectors.toMap(c -> c.entryId, Function.identity()));
        List<Place> places = rows.stream().map(s -> {
            Contestant c = people.get(s.entryId);
            return new Place(s.place, s.entryId, c == null ? null : c.personId, c == null ? null : c.name,
                    c == null ? null : c.federation, s.total, s.practical, s.theory, s.qualified);
        }).toList();
        return new RoundRankingView(competition, event, round, f.roundName(), next(e, round).code(), f.nextRoundName(),
                r.rankedVersion, r.entrants, r.qualified, r.cutMark, places, page, size, query.count());
    }

    /** The figures of every ranked earlier round of a competition, by event and round order. */
    @Transactional
    public List<Figures> figures(String competition) {
        List<Figures> result = new ArrayList<>();
        for (RankedEvent e : events.list("competition = ?1 order by event", competition)) {
            for (Round definition : e.rounds) {
                rounds.findByIdOptional(Topic.roundKey(e.competition, e.event, definition.code()))
                        .filter(r -> r.rankedVersion > 0)
                        .ifPresent(r -> result.add(figures(e, r)));
            }
        }
        return result;
    }

    /** The page's round sections of a competition. */
    @Transactional
    public List<Section> sections(String competition) {
        List<Section> result = new ArrayList<>();
        for (Figures f : figures(competition)) {
            String eventKey = Topic.eventKey(competition, f.event());
            Map<UUID, Contestant> people = people(eventKey);
            List<Line> lines = standings.ofRound(Topic.roundKey(competition, f.event(), f.round())).stream()
                    .filter(s -> s.qualified)
                    .map(s -> {
                        Contestant c = people.get(s.entryId);
                        return new Line(s.place, c == null ? "" : c.name, c == null ? "" : c.maskedIdNumber,
                                c == null ? "" : c.federation, s.total);
                    }).toList();
            result.add(new Section(f, lines));
        }
        return result;
    }

    private Figures figures(RankedEvent e, RankedRound r) {
        Round definition = e.rounds.stream().filter(x -> x.code().equals(r.round)).findFirst().orElseThrow();
        return new Figures(e.event, e.name, r.round, definition.name(), next(e, r.round).name(), r.rankedVersion, r.entrants,
                r.qualified, r.cutMark);
    }

    private static Round next(RankedEvent e, String round) {
        for (int i = 0; i < e.rounds.size() - 1; i++) {
            if (e.rounds.get(i).code().equals(round)) {
                return e.rounds.get(i + 1);
            }
        }
        throw new IllegalStateException(round + " is not an earlier round of " + e.key);
    }

    private Map<UUID, Contestant> people(String eventKey) {
        return contestants.list("eventKey", eventKey).stream().collect(Collectors.toMap(c -> c.entryId, Function.identity()));
    }
}
