package org.skillscontest.ranking.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.skillscontest.contracts.Award;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.skillscontest.contracts.HonourKind;
import org.skillscontest.platform.problem.ProblemException;
import org.skillscontest.platform.publicview.PublicViewCache;
import org.skillscontest.platform.publicview.Revisions;
import org.skillscontest.ranking.service.StatisticsView.Counts;
import org.skillscontest.ranking.domain.RankedEvent;
import org.skillscontest.ranking.domain.RankedEvents;

/**
 * A competition's statistics, counted by the database in a few grouped queries. Public once every
 * event of the competition that ranking knows is ranked (as registration publishes its figures once
 * every event's results are announced); organisers and auditors see them at any time.
 *
 * <p>Across the editions of a series ({@code registration.event-opened.v1} {@code series}), the same
 * queries run over all the editions at once, so a person who took part in several counts once.
 *
 * <p>The public figures are kept per competition and series at their {@link PublicRevisions revision}:
 * an anonymous read costs one primary-key lookup until something they count changes.
 */
@ApplicationScoped
public class Statistics {

    private static final String ENTRANTS = """
            select c.event_key,
                   count(*) filter (where not c.withdrawn),
                   count(*) filter (where c.withdrawn),
                   count(distinct c.person_id) filter (where not c.withdrawn),
                   count(distinct c.federation) filter (where not c.withdrawn),
                   count(distinct c.employer_credit_code) filter (where not c.withdrawn)
            from contestant c join ranked_event e on e.event_key = c.event_key
            where e.competition in (:c) group by grouping sets ((c.event_key), ())""";

    private static final String PLACES = """
            select s.event_key, s.award, count(*)
            from standing s join ranked_event e on e.event_key = s.event_key
            where e.competition in (:c) and s.place is not null group by s.event_key, s.award""";

    private static final String PROMOTIONS = """
            select from_event, count(*) from promotion
            where from_competition in (:c) and status = 'ACTIVE' group by from_event""";

    private static final String HONOURS = """
            select event, kind, target_skill_level, count(*) from honour
            where competition in (:c) and withdrawn_at is null group by event, kind, target_skill_level""";

    private final RankedEvents events;
    private final RoundResults rounds;
    private final PublicRevisions revisions;
    private final EntityManager em;
    private final PublicViewCache<StatisticsView> published;
    private final PublicViewCache<SeriesStatisticsView> publishedSeries;

    public Statistics(RankedEvents events, RoundResults rounds, PublicRevisions revisions, EntityManager em,
                      @ConfigProperty(name = "public-views.cache-entries", defaultValue = "64") int cacheEntries) {
        this.events = events;
        this.rounds = rounds;
        this.revisions = revisions;
        this.em = em;
        this.published = new PublicViewCache<>(cacheEntries);
        this.publishedSeries = new PublicViewCache<>(cacheEntries);
    }

    /** A competition's figures; {@code publicOnly} refuses them until every event is ranked. */
    @Transactional
    public StatisticsView of(String competition, boolean publicOnly) {
        List<RankedEvent> list = events.list("competition = ?1 order by event", competition);
        if (list.isEmpty()) {
            throw ProblemException.notFound("Competition " + competition);
        }
        if (publicOnly && !list.stream().allMatch(e -> e.rankedVersion > 0)) {
            throw ProblemException.notFound("Published statistics of " + competition);
        }
        return view(list);
    }

    /** The revision of a competition's public figures (and their entity tag): one primary-key lookup. */
    public long revision(String competition) {
        return revisions.ofCompetition(competition);
    }

    /** The revision of a series' public figures. */
    public long seriesRevision(String series) {
        return revisions.ofSeries(series);
    }

    /** The public figures of a competition at {@code revision}: computed once per revision, 404 until published. */
    @Transactional
    public StatisticsView published(String competition, long revision) {
        return published.get(Revisions.competition(competition), revision, () -> of(competition, true));
    }

    /** The public figures of a series at {@code revision}: computed once per revision. */
    @Transactional
    public SeriesStatisticsView publishedSeries(String series, long revision) {
        return publishedSeries.get(Revisions.series(series), revision, () -> ofSeries(series, true));
    }

    /** How many times public figures were computed rather than read from what was kept. */
    public long publicComputations() {
        return published.computed() + publishedSeries.computed();
    }

    /** Every edition of a series, oldest first; {@code publicOnly} keeps only the editions whose every event is ranked. */
    @Transactional
    public SeriesStatisticsView ofSeries(String series, boolean publicOnly) {
        Map<String, List<RankedEvent>> byCompetition = new TreeMap<>();
        events.list("series = ?1 order by event", series).forEach(e ->
                byCompetition.computeIfAbsent(e.competition, k -> new ArrayList<>()).add(e));
        List<StatisticsView> editions = byCompetition.values().stream()
                .filter(list -> !publicOnly || list.stream().allMatch(e -> e.rankedVersion > 0))
                .map(this::view)
                .sorted(Comparator.comparingInt(StatisticsView::year).thenComparingInt(StatisticsView::edition))
                .toList();
        if (editions.isEmpty()) {
            throw ProblemException.notFound("Series " + series);
        }
        Tallies all = tally(editions.stream().map(StatisticsView::competition).toList());
        return new SeriesStatisticsView(series, editions, all.total.counts());
    }

    /** The figures of one competition, whose events are {@code list}. */
    private StatisticsView view(List<RankedEvent> list) {
        RankedEvent first = list.get(0);
        Tallies tallies = tally(List.of(first.competition));
        boolean published = list.stream().allMatch(e -> e.rankedVersion > 0);
        return new StatisticsView(first.competition, first.competitionName, first.level, first.year, first.edition,
                first.series, published, list.size(), (int) list.stream().filter(e -> e.rankedVersion > 0).count(),
                tallies.total.counts(), list.stream().map(e -> new StatisticsView.EventCounts(e.event, e.name, e.occupation,
                        e.rankedVersion, tallies.byEvent.getOrDefault(e.event, new Tally()).counts())).toList(),
                rounds.figures(first.competition));
    }

    /** Counts over the events of {@code competitions}, by event code and in total. */
    private Tallies tally(List<String> competitions) {
        Tallies tallies = new Tallies();
        Tally total = tallies.total;
        for (Object[] r : rows(ENTRANTS, competitions)) {
            Tally t = r[0] == null ? total : tallies.of(eventOf((String) r[0]));
            t.entrants = n(r[1]);
            t.withdrawn = n(r[2]);
            t.people = n(r[3]);
            t.federations = n(r[4]);
            t.enterprises = n(r[5]);
        }
        for (Object[] r : rows(PLACES, competitions)) {
            Tally t = tallies.of(eventOf((String) r[0]));
            long count = n(r[2]);
            t.finalists += count;
            total.finalists += count;
            if (r[1] != null) {
                t.awards.merge(Award.valueOf((String) r[1]), count, Long::sum);
                total.awards.merge(Award.valueOf((String) r[1]), count, Long::sum);
            }
        }
        for (Object[] r : rows(PROMOTIONS, competitions)) {
            long count = n(r[1]);
            tallies.of((String) r[0]).promotionsOut += count;
            total.promotionsOut += count;
        }
        for (Object[] r : rows(HONOURS, competitions)) {
            long count = n(r[3]);
            HonourKind kind = HonourKind.valueOf((String) r[1]);
            tallies.of((String) r[0]).honours.merge(kind, count, Long::sum);
            total.honours.merge(kind, count, Long::sum);
            if (kind == HonourKind.SKILL_LEVEL_UPGRADE && r[2] != null) {
                int target = ((Number) r[2]).intValue();
                tallies.of((String) r[0]).upgrades.merge(target, count, Long::sum);
                total.upgrades.merge(target, count, Long::sum);
            }
        }
        return tallies;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, List<String> competitions) {
        return em.createNativeQuery(sql).setParameter("c", competitions).getResultList();
    }

    /** {@code competition/event} → event. */
    private static String eventOf(String key) {
        return key.substring(key.indexOf('/') + 1);
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** Counts by event code (meaningful for one competition) and in total. */
    private static final class Tallies {
        final Map<String, Tally> byEvent = new HashMap<>();
        final Tally total = new Tally();

        Tally of(String event) {
            return byEvent.computeIfAbsent(event, k -> new Tally());
        }
    }

    /** Counts being summed up; every award and honour kind appears, with 0 where there is none. */
    private static final class Tally {
        long entrants;
        long withdrawn;
        long people;
        long federations;
        long enterprises;
        long finalists;
        long promotionsOut;
        final Map<Award, Long> awards = zeros(Award.class);
        final Map<HonourKind, Long> honours = zeros(HonourKind.class);
        final Map<Integer, Long> upgrades = new TreeMap<>();

        Counts counts() {
            return new Counts(entrants, withdrawn, people, federations, enterprises, finalists, promotionsOut,
                    new EnumMap<>(awards), new EnumMap<>(honours), new TreeMap<>(upgrades));
        }

        private static <K extends Enum<K>> Map<K, Long> zeros(Class<K> kind) {
            Map<K, Long> map = new EnumMap<>(kind);
            for (K k : kind.getEnumConstants()) {
                map.put(k, 0L);
            }
            return map;
        }
    }
}
