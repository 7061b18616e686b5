package org.skillscontest.ranking.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.skillscontest.contracts.Award;
import org.skillscontest.contracts.HonourKind;
import org.skillscontest.platform.problem.ProblemException;
import org.skillscontest.ranking.api.StatisticsView;
import org.skillscontest.ranking.api.StatisticsView.Counts;
import org.skillscontest.ranking.domain.RankedEvent;
import org.skillscontest.ranking.domain.RankedEvents;

/**
 * A competition's statistics, counted by the database in a few grouped queries. Public once every
 * event of the competition that ranking knows is ranked (as registration publishes its figures once
 * every event's results are announced); organisers and auditors see them at any time.
 *
 * <p>Per competition only: {@code registration.event-opened.v1} does not carry the series a
 * competition belongs to, so figures across editions stay with registration.
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
            where e.competition = :c group by grouping sets ((c.event_key), ())""";

    private static final String PLACES = """
            select s.event_key, s.award, count(*)
            from standing s join ranked_event e on e.event_key = s.event_key
            where e.competition = :c and s.place is not null group by s.event_key, s.award""";

    private static final String PROMOTIONS = """
            select from_event, count(*) from promotion
            where from_competition = :c and status = 'ACTIVE' group by from_event""";

    private static final String HONOURS = """
            select event, kind, count(*) from honour
            where competition = :c and withdrawn_at is null group by event, kind""";

    private final RankedEvents events;
    private final EntityManager em;

    public Statistics(RankedEvents events, EntityManager em) {
        this.events = events;
        this.em = em;
    }

    /** A competition's figures; {@code publicOnly} refuses them until every event is ranked. */
    @Transactional
    public StatisticsView of(String competition, boolean publicOnly) {
        List<RankedEvent> list = events.list("competition = ?1 order by event", competition);
        if (list.isEmpty()) {
            throw ProblemException.notFound("Competition " + competition);
        }
        boolean published = list.stream().allMatch(e -> e.rankedVersion > 0);
        if (publicOnly && !published) {
            throw ProblemException.notFound("Published statistics of " + competition);
        }
        Map<String, Tally> byEvent = new HashMap<>();
        Tally total = new Tally();
        for (Object[] r : rows(ENTRANTS, competition)) {
            Tally t = r[0] == null ? total : byEvent.computeIfAbsent(eventOf((String) r[0]), k -> new Tally());
            t.entrants = n(r[1]);
            t.withdrawn = n(r[2]);
            t.people = n(r[3]);
            t.federations = n(r[4]);
            t.enterprises = n(r[5]);
        }
        for (Object[] r : rows(PLACES, competition)) {
            Tally t = byEvent.computeIfAbsent(eventOf((String) r[0]), k -> new Tally());
            long count = n(r[2]);
            t.finalists += count;
            total.finalists += count;
            if (r[1] != null) {
                t.awards.merge(Award.valueOf((String) r[1]), count, Long::sum);
                total.awards.merge(Award.valueOf((String) r[1]), count, Long::sum);
            }
        }
        for (Object[] r : rows(PROMOTIONS, competition)) {
            long count = n(r[1]);
            byEvent.computeIfAbsent((String) r[0], k -> new Tally()).promotionsOut += count;
            total.promotionsOut += count;
        }
        for (Object[] r : rows(HONOURS, competition)) {
            long count = n(r[2]);
            HonourKind kind = HonourKind.valueOf((String) r[1]);
            byEvent.computeIfAbsent((String) r[0], k -> new Tally()).honours.merge(kind, count, Long::sum);
            total.honours.merge(kind, count, Long::sum);
        }
        RankedEvent first = list.get(0);
        return new StatisticsView(competition, first.competitionName, first.level, first.year, published, list.size(),
                (int) list.stream().filter(e -> e.rankedVersion > 0).count(), total.counts(),
                list.stream().map(e -> new StatisticsView.EventCounts(e.event, e.name, e.occupation, e.rankedVersion,
                        byEvent.getOrDefault(e.event, new Tally()).counts())).toList());
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String competition) {
        return em.createNativeQuery(sql).setParameter("c", competition).getResultList();
    }

    /** {@code competition/event} → event. */
    private static String eventOf(String key) {
        return key.substring(key.indexOf('/') + 1);
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
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

        Counts counts() {
            return new Counts(entrants, withdrawn, people, federations, enterprises, finalists, promotionsOut,
                    new EnumMap<>(awards), new EnumMap<>(honours));
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
