package org.skillscontest.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.skillscontest.platform.problem.ProblemException;
import org.skillscontest.platform.publicview.PublicViewCache;
import org.skillscontest.platform.publicview.Revisions;
import org.skillscontest.registration.service.StatisticsView.Counts;
import org.skillscontest.registration.domain.Competition;
import org.skillscontest.registration.domain.CompetitionEvent;
import org.skillscontest.registration.domain.CompetitionEvents;
import org.skillscontest.registration.domain.Competitions;

/**
 * Counts per competition and per series, computed by the database in two grouped queries per
 * competition. Results count as published once ranking has announced every event's results.
 *
 * <p>The public figures are kept per competition and series at their {@link PublicRevisions revision}:
 * an anonymous read costs one primary-key lookup until something they count changes.
 */
@ApplicationScoped
public class Statistics {

    private static final String COUNTS = """
            select e.event,
                   count(*) filter (where e.status = 'REGISTERED'),
                   count(*) filter (where e.status = 'WITHDRAWN'),
                   count(distinct e.person_id) filter (where e.status = 'REGISTERED'),
                   count(distinct e.employer_credit_code) filter (where e.status = 'REGISTERED'),
                   count(distinct e.federation) filter (where e.status = 'REGISTERED'),
                   count(*) filter (where e.status = 'REGISTERED' and e.origin = 'PROMOTED'),
                   (select count(*) from entry up where up.promoted_from is not null and up.status = 'REGISTERED'
                      and up.promoted_from in (select id from entry src where src.competition = :c and src.event = e.event))
            from entry e where e.competition = :c group by e.event""";

    private static final String TOTALS = """
            select count(*) filter (where status = 'REGISTERED'),
                   count(*) filter (where status = 'WITHDRAWN'),
                   count(distinct person_id) filter (where status = 'REGISTERED'),
                   count(distinct employer_credit_code) filter (where status = 'REGISTERED'),
                   count(distinct federation) filter (where status = 'REGISTERED'),
                   count(*) filter (where status = 'REGISTERED' and origin = 'PROMOTED'),
                   (select count(*) from entry up join entry src on up.promoted_from = src.id
                      where src.competition = :c and up.status = 'REGISTERED')
            from entry where competition = :c""";

    private final Competitions competitions;
    private final CompetitionEvents events;
    private final PublicRevisions revisions;
    private final EntityManager em;
    private final PublicViewCache<StatisticsView> published;
    private final PublicViewCache<SeriesStatisticsView> publishedSeries;

    public Statistics(Competitions competitions, CompetitionEvents events, PublicRevisions revisions, EntityManager em,
                      @ConfigProperty(name = "public-views.cache-entries", defaultValue = "64") int cacheEntries) {
        this.competitions = competitions;
        this.events = events;
        this.revisions = revisions;
        this.em = em;
        this.published = new PublicViewCache<>(cacheEntries);
        this.publishedSeries = new PublicViewCache<>(cacheEntries);
    }

    /** A competition's figures; {@code publicOnly} refuses them until the results are published. */
    @Transactional
    public StatisticsView of(String code, boolean publicOnly) {
        Competition c = competitions.findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("Competition " + code));
        List<CompetitionEvent> list = eventsOf(c);
        if (publicOnly && !published(list)) {
            throw ProblemException.notFound("Published statistics of " + code);
        }
        return compute(c, list);
    }

    @Transactional
    public SeriesStatisticsView ofSeries(String series, boolean publicOnly) {
        List<StatisticsView> editions = new ArrayList<>();
        for (Competition c : competitions.list("series = ?1 order by year, edition", series)) {
            List<CompetitionEvent> list = eventsOf(c);
            if (!publicOnly || published(list)) {
                editions.add(compute(c, list));
            }
        }
        if (editions.isEmpty()) {
            throw ProblemException.notFound("Series " + series);
        }
        Counts sum = new Counts(0, 0, 0, 0, 0, 0, 0);
        for (StatisticsView v : editions) {
            Counts t = v.totals();
            sum = new Counts(sum.entrants() + t.entrants(), sum.withdrawn() + t.withdrawn(), sum.people() + t.people(),
                    sum.enterprises() + t.enterprises(), sum.federations() + t.federations(),
                    sum.promotedIn() + t.promotedIn(), sum.promotedOut() + t.promotedOut());
        }
        return new SeriesStatisticsView(series, editions, sum);
    }

    /** The revision of a competition's public figures (and their entity tag): one primary-key lookup. */
    public long revision(String code) {
        return revisions.ofCompetition(code);
    }

    /** The revision of a series' public figures. */
    public long seriesRevision(String series) {
        return revisions.ofSeries(series);
    }

    /** The public figures of a competition at {@code revision}: computed once per revision, 404 until published. */
    @Transactional
    public StatisticsView published(String code, long revision) {
        return published.get(Revisions.competition(code), revision, () -> of(code, true));
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

    private List<CompetitionEvent> eventsOf(Competition c) {
        return events.list("competition = ?1 order by code", c.code);
    }

    /** Published once ranking has announced every event's results. */
    private static boolean published(List<CompetitionEvent> list) {
        return !list.isEmpty() && list.stream().allMatch(e -> e.resultsPublishedAt != null);
    }

    private StatisticsView compute(Competition c, List<CompetitionEvent> list) {
        Map<String, Counts> perEvent = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(COUNTS).setParameter("c", c.code).getResultList();
        rows.forEach(r -> perEvent.put((String) r[0], counts(r, 1)));
        Object[] totals = (Object[]) em.createNativeQuery(TOTALS).setParameter("c", c.code).getSingleResult();
        Counts none = new Counts(0, 0, 0, 0, 0, 0, 0);
        return new StatisticsView(c.code, c.name, c.level, c.edition, c.year, published(list), list.size(), counts(totals, 0),
                list.stream().map(e -> new StatisticsView.EventCounts(e.code, e.name, e.occupation,
                        perEvent.getOrDefault(e.code, none))).toList());
    }

    private static Counts counts(Object[] r, int from) {
        return new Counts(n(r[from]), n(r[from + 1]), n(r[from + 2]), n(r[from + 3]), n(r[from + 4]), n(r[from + 5]), n(r[from + 6]));
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
