package org.skillscontest.ranking.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.skillscontest.contracts.EntrantStatus;
import org.skillscontest.contracts.EventRef;
import org.skillscontest.contracts.HonourSettings;
import org.skillscontest.contracts.ResultsState;
import org.skillscontest.contracts.Topic;
import org.skillscontest.platform.problem.ProblemException;
import org.skillscontest.platform.publicview.PublicViewCache;
import org.skillscontest.platform.publicview.Revisions;
import org.skillscontest.ranking.domain.ChineseNames;
import org.skillscontest.ranking.domain.Contestant;
import org.skillscontest.ranking.domain.Contestants;
import org.skillscontest.ranking.domain.Honours;
import org.skillscontest.ranking.domain.OrganisationAward;
import org.skillscontest.ranking.domain.Promotion;
import org.skillscontest.ranking.domain.PromotionStatus;
import org.skillscontest.ranking.domain.Promotions;
import org.skillscontest.ranking.domain.RankedEvent;
import org.skillscontest.ranking.domain.RankedEvents;
import org.skillscontest.ranking.domain.Standing;
import org.skillscontest.ranking.domain.Standings;
import org.skillscontest.platform.paging.Page;

/**
 * Read models of ranking: what the public sees. The results page's content is kept per competition at
 * its {@link PublicRevisions revision}: an anonymous read costs one primary-key lookup until a ranking,
 * a correction, a withdrawal or FINAL changes what it shows.
 */
@ApplicationScoped
public class Results {

    private final RankedEvents events;
    private final Standings standings;
    private final Contestants contestants;
    private final Promotions promotions;
    private final Honours honours;
    private final Publicity publicity;
    private final RoundResults rounds;
    private final PublicRevisions revisions;
    private final PublicViewCache<ResultsPage> pages;

    public Results(RankedEvents events, Standings standings, Contestants contestants, Promotions promotions, Honours honours,
                   Publicity publicity, RoundResults rounds, PublicRevisions revisions,
                   @ConfigProperty(name = "public-views.cache-entries", defaultValue = "64") int cacheEntries) {
        this.events = events;
        this.standings = standings;
        this.contestants = contestants;
        this.promotions = promotions;
        this.honours = honours;
        this.publicity = publicity;
        this.rounds = rounds;
        this.revisions = revisions;
        this.pages = new PublicViewCache<>(cacheEntries);
    }

    /** What the results page shows: the competition's ranked events, and its earlier rounds' cuts. */
    public record ResultsPage(Announcement announcement, List<RoundResults.Section> rounds) {
    }

    /** The revision of a competition's results page (and its entity tag): one primary-key lookup. */
    public long revision(String competition) {
        return revisions.ofCompetition(competition);
    }

    /** The results page's content at {@code revision}: computed once per revision; 404 while nothing is ranked. */
    @Transactional
    public ResultsPage page(String competition, long revision) {
        return pages.get(Revisions.competition(competition), revision,
                () -> new ResultsPage(announcement(competition), rounds.sections(competition)));
    }

    /** How many times the page's content was computed rather than read from what was kept. */
    public long pageComputations() {
        return pages.computed();
    }

    /**
     * What the results page shows: every ranked event with its places, who advances where, the
     * league. Labels for people are in Chinese; {@code level} and {@code awardCode} keep the codes.
     */
    public record Announcement(String competition, String name, org.skillscontest.contracts.Level level, String levelName,
                               List<EventResults> events, List<Advancing> advancing, List<LeagueRow> league) {
    }

    /**
     * One event on the page: places with masked ID numbers only; {@code advancesTo} names the next
     * level's event; {@code publicity} says in Chinese whether the results are 公示中 or 已公示, and when;
     * {@code isFinal} whether they are FINAL; {@code league} the event's own organisation award table.
     */
    public record EventResults(String event, String name, int version, String advancesTo, List<Line> lines,
                               String publicity, boolean isFinal, List<LeagueRow> league) {

        /** Whether any entrant is listed without a place for being withdrawn or disqualified. */
        public boolean unplaced() {
            return lines.stream().anyMatch(l -> !l.statusCode().isEmpty());
        }
    }

    /** {@code status} names a withdrawn (退赛) or disqualified (取消资格) entrant, empty for one who competes. */
    public record Line(Integer place, String name, String maskedIdNumber, String federation, java.math.BigDecimal total,
                       String award, String awardCode, boolean advanced, String advancementNote, String status,
                       String statusCode, String statusReason) {
    }

    /** An active promotion out of the competition (晋级名单), in the order of the promotions API, with the place and award held now. */
    public record Advancing(String name, String federation, String eventName, int place, String award, String to) {
    }

    @Transactional
    public Announcement announcement(String competition) {
        List<RankedEvent> ranked = events.list("competition = ?1 and rankedVersion > 0 order by event", competition);
        if (ranked.isEmpty()) {
            throw ProblemException.notFound("Published results of " + competition);
        }
        List<EventResults> list = new java.util.ArrayList<>();
        Map<UUID, Standing> current = new java.util.HashMap<>();
        for (RankedEvent e : ranked) {
            Map<UUID, Contestant> people = contestants.list("eventKey", e.key).stream()
                    .collect(Collectors.toMap(c -> c.entryId, Function.identity()));
            List<Standing> rows = standings.ofEvent(e.key);
            rows.forEach(s -> current.put(s.entryId, s));
            List<Line> lines = rows.stream().map(s -> {
                Contestant c = people.get(s.entryId);
                return new Line(s.place, c == null ? "" : c.name, c == null ? "" : c.maskedIdNumber, c == null ? "" : c.federation,
                        s.total, ChineseNames.award(s.award), s.award == null ? "" : s.award.name(),
                        s.advanced, s.advancementNote, ChineseNames.status(s.status), s.status.competing() ? "" : s.status.name(),
                        s.statusReason);
            }).toList();
            PublicityView shown = publicity.view(e);
            list.add(new EventResults(e.event, e.name, e.rankedVersion, e.promotes() ? nameOf(e.advancesTo) : null, lines,
                    shown == null ? null : ChineseNames.publicity(shown.state(), shown.firstDay(), shown.lastDay()), shown == null || shown.state() == ResultsState.FINAL, eventLeague(e)));
        }
        Map<String, String> eventNames = ranked.stream().collect(Collectors.toMap(e -> e.event, e -> e.name));
        // the place and award the entrant holds now: a later version (a correction, a withdrawal or a
        // disqualification above them) may have moved them up since the promotion went out
        List<Advancing> advancing = new java.util.ArrayList<>();
        List<Promotion> out = promotions.fromCompetition(competition).stream().filter(p -> p.status == PromotionStatus.ACTIVE).toList();
        Map<UUID, Contestant> promoted = out.isEmpty() ? Map.of() : contestants.list("entryId in ?1", out.stream().map(p -> p.entryId)
                .toList()).stream().collect(Collectors.toMap(c -> c.entryId, Function.identity()));
        for (Promotion p : out) {
            Contestant c = promoted.get(p.entryId);
            Standing now = current.get(p.entryId);
            boolean placed = now != null && now.place != null;
            advancing.add(new Advancing(c == null ? null : c.name, c == null ? null : c.federation,
                    eventNames.getOrDefault(p.fromEvent, p.fromEvent), placed ? now.place : p.place,
                    ChineseNames.award(placed ? now.award : p.award), nameOf(new EventRef(p.toCompetition, p.toEvent, p.toLevel))));
        }
        RankedEvent first = ranked.get(0);
        return new Announcement(competition, first.competitionName, first.level,
                ChineseNames.level(first.level), list, advancing, league(competition));
    }

    /** An event as people know it, "competition · event", from its event-opened record; its codes if that never came. */
    private String nameOf(EventRef ref) {
        return events.findByIdOptional(ref.key())
                .map(e -> e.competitionName + " · " + e.name)
                .orElse(ref.competition() + " / " + ref.event());
    }

    /**
     * The organisation award table (优秀组织奖) of a competition: points per federation for its
     * entrants' awards in every event, at each event's points (default gold 4, silver 3, bronze 2,
     * excellence 1).
     */
    @Transactional
    public List<LeagueRow> league(String competition) {
        List<RankedEvent> list = events.list("competition", competition);
        if (list.isEmpty()) {
            throw ProblemException.notFound("Competition " + competition);
        }
        List<OrganisationAward.Won> won = new java.util.ArrayList<>();
        list.forEach(e -> won.addAll(awardsWon(e)));
        return OrganisationAward.table(won).stream().map(LeagueRow::of).toList();
    }

    /** The organisation award table of one event (各竞赛项目分别设优秀组织奖), at its points. */
    @Transactional
    public List<LeagueRow> league(String competition, String event) {
        RankedEvent e = events.findByIdOptional(Topic.eventKey(competition, event))
                .orElseThrow(() -> ProblemException.notFound("Event " + competition + "/" + event));
        return eventLeague(e);
    }

    private List<LeagueRow> eventLeague(RankedEvent e) {
        return OrganisationAward.table(awardsWon(e)).stream().map(LeagueRow::of).toList();
    }

    private List<OrganisationAward.Won> awardsWon(RankedEvent e) {
        Map<UUID, Contestant> people = contestants.list("eventKey", e.key).stream()
                .collect(Collectors.toMap(c -> c.entryId, Function.identity()));
        HonourSettings.OrganisationAward points = e.honours == null ? null : e.honours.organisationAward();
        List<OrganisationAward.Won> won = new java.util.ArrayList<>();
        for (Standing s : standings.ofEvent(e.key)) {
            Contestant c = people.get(s.entryId);
            if (s.award != null && c != null && c.federation != null) {
                won.add(new OrganisationAward.Won(c.federation, s.award, points));
            }
        }
        return won;
    }

    /** The event's ranking with one page of its places, paged by the database in the standings' order. */
    @Transactional
    public RankingView ranking(String competition, String event, int page, int size) {
        RankedEvent e = events.findByIdOptional(Topic.eventKey(competition, event))
                .filter(x -> x.rankedVersion > 0)
                .orElseThrow(() -> ProblemException.notFound("A ranking of " + competition + "/" + event));
        var query = standings.placesOf(e.key);
        List<Standing> rows = query.page(page, size).list();
        Map<UUID, Contestant> people = contestantsOf(rows.stream().map(s -> s.entryId).toList());
        List<PlaceView> places = rows.stream().map(s -> {
            Contestant c = people.get(s.entryId);
            return new PlaceView(s.place, s.entryId, c == null ? null : c.personId, c == null ? null : c.name,
                    c == null ? null : c.federation, s.total, s.practical, s.theory, s.award, s.advanced, s.advancementNote,
                    s.status, s.statusReason);
        }).toList();
        return new RankingView(e.competition, e.event, e.name, e.level, e.rankedVersion, e.quota, e.advancesTo, e.advancement,
                places, publicity.view(e), page, size, query.count());
    }

    /** A page of the promotions out of a competition, by event, place and id, paged by the database. */
    @Transactional
    public Page<PromotionView> promotions(String competition, int page, int size) {
        var query = promotions.pageableFrom(competition);
        List<Promotion> list = query.page(page, size).list();
        Map<UUID, Contestant> people = contestantsOf(list.stream().map(p -> p.entryId).toList());
        return new Page<>(list.stream().map(p -> {
            Contestant c = people.get(p.entryId);
            return PromotionView.of(p, c == null ? null : c.name, c == null ? null : c.federation);
        }).toList(), query.count());
    }

    /** The contestants of these entries, by entry id. */
    private Map<UUID, Contestant> contestantsOf(List<UUID> entryIds) {
        return entryIds.isEmpty() ? Map.of() : contestants.list("entryId in ?1", entryIds).stream()
                .collect(Collectors.toMap(c -> c.entryId, Function.identity()));
    }

    /**
     * Every competition the person took part in whose results the public may see: as the event's public
     * ranking, only events ranked (公示中 or 已公示) and only where that ranking lists the person, with
     * the place, award and status it shows (a withdrawal not yet in a ranked version is not shown).
     * 404 while none is.
     */
    @Transactional
    public PathwayView pathway(UUID personId) {
        List<Contestant> entries = contestants.list("personId", personId);
        Map<UUID, Promotion> promotedFrom = promotions.ofPerson(personId).stream()
                .filter(p -> p.status == PromotionStatus.ACTIVE)
                .collect(Collectors.toMap(p -> p.entryId, Function.identity(), (a, b) -> a));
        List<PathwayView.Step> steps = new java.util.ArrayList<>();
        Contestant named = null;
        for (Contestant c : entries) {
            RankedEvent e = events.findById(c.eventKey);
            Standing s = standings.findById(c.entryId);
            if (e == null || e.rankedVersion == 0 || s == null) {
                continue; // not ranked yet, or not in the ranked version: the public sees nothing of it
            }
            named = named == null ? c : named;
            Promotion p = promotedFrom.get(c.entryId);
            PublicityView shown = publicity.view(e);
            steps.add(new PathwayView.Step(e.level, e.competition, e.competitionName, e.event, e.name, c.federation,
                    s.place, s.total, s.award, s.advanced, p == null ? null : new EventRef(p.toCompetition, p.toEvent, p.toLevel),
                    s.status == EntrantStatus.WITHDRAWN, s.status,
                    shown == null ? ResultsState.FINAL : shown.state(),
                    honours.ofEntry(c.entryId).stream()
                            .map(h -> new PathwayView.HonourView(h.kind, h.targetSkillLevel)).toList()));
        }
        if (named == null) {
            throw ProblemException.notFound("Published results of person " + personId);
        }
        steps.sort(Comparator.comparing(PathwayView.Step::level, Comparator.nullsLast(Comparator.naturalOrder())));
        return new PathwayView(personId, named.name, named.maskedIdNumber, steps);
    }
}
