package org.skillscontest.console.organising;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.skillscontest.console.backend.Paging;
import org.skillscontest.console.backend.Page;
import org.skillscontest.console.backend.RankingApi;
import org.skillscontest.console.backend.Registration.Competition;
import org.skillscontest.console.backend.Registration.Entry;
import org.skillscontest.console.backend.Registration.Event;
import org.skillscontest.console.backend.Registration.Federation;
import org.skillscontest.console.backend.RegistrationApi;
import org.skillscontest.console.signin.ConsoleUser;
import org.skillscontest.console.signin.Role;
import org.skillscontest.console.signin.SignedIn;

/**
 * A competition's statistics with charts: entrants per event and per federation, awards, promotions.
 * Each chart is inline SVG drawn from {@link BarChart}, with its figures in a table under it (for screen
 * readers and for print). Read-only: organisers and auditors.
 */
@Path("/organising/competitions/{c}/statistics")
@Produces(MediaType.TEXT_HTML)
public class StatisticsResource {

    /** Entries read per page, and at most this many pages for the per-federation count (50,000 entries). */
    static final int ENTRIES_PAGE = 1000;
    static final int MAX_PAGES = 50;

    /** Active entrants per federation, counted from the entries list (no service counts them by federation). */
    public record ByFederation(BarChart chart, boolean partial) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance statistics(ConsoleUser user, String code, Fetched<Competition> competition,
                                                  Fetched<Figures.Registration> registered, Fetched<Figures.Ranking> ranked,
                                                  Fetched<List<Figures.Promotion>> promotions, BarChart byEvent,
                                                  Fetched<ByFederation> byFederation, BarChart awards, BarChart promotedByEvent);
    }

    private final SignedIn signedIn;
    private final RegistrationApi registration;
    private final RankingApi ranking;

    StatisticsResource(SignedIn signedIn, @RestClient RegistrationApi registration, @RestClient RankingApi ranking) {
        this.signedIn = signedIn;
        this.registration = registration;
        this.ranking = ranking;
    }

    @GET
    public TemplateInstance statistics(@PathParam("c") String code) {
        ConsoleUser user = signedIn.require(Role.ORGANIZER, Role.AUDITOR);
        Fetched<Competition> competition = Fetched.of(() -> registration.competition(code));
        if (competition.missing()) {
            throw Pages.notFound("没有这个竞赛 No competition " + code);
        }
        Fetched<Figures.Registration> registered = Fetched.of(() -> Figures.Registration.of(registration.statistics(code)));
        Fetched<Figures.Ranking> ranked = Fetched.of(() -> Figures.Ranking.of(ranking.statistics(code)));
        Fetched<List<Figures.Promotion>> promotions = Fetched.of(() ->
                Figures.Promotion.of(Paging.items(page -> ranking.promotions(code, page, Paging.MAX))));

        BarChart byEvent = BarChart.of("entrants-by-event", "各赛项报名人数 Entrants per event",
                registered.ok() ? registered.value().byEvent().stream()
                        .map(e -> new BarChart.Datum(e.name(), e.counts().entrants())).toList() : List.of());
        Fetched<ByFederation> byFederation = Fetched.of(() -> byFederation(code));
        BarChart awards = BarChart.of("awards", "奖项 Awards", ranked.ok()
                ? Figures.AWARDS.entrySet().stream().map(a -> new BarChart.Datum(a.getValue(),
                        ranked.value().totals().award(a.getKey()), a.getKey().toLowerCase())).toList() : List.of());
        BarChart promotedByEvent = BarChart.of("promotions-by-event", "各赛项晋级人数 Promotions per event",
                ranked.ok() ? ranked.value().byEvent().stream()
                        .map(e -> new BarChart.Datum(e.name(), e.results().promotionsOut())).toList() : List.of());
        return Templates.statistics(user, code, competition, registered, ranked, promotions, byEvent, byFederation, awards,
                promotedByEvent);
    }

    /** Counts each event's active entries by federation, page by page, biggest federation first. */
    private ByFederation byFederation(String code) {
        Map<String, String> names = new HashMap<>();
        Fetched<Page<Federation>> federations = Fetched.of(() -> registration.federations(0, OrganisingResource.LISTED));
        if (federations.ok()) {
            federations.value().items().forEach(f -> names.put(f.code(), f.name()));
        }
        Map<String, Long> counts = new TreeMap<>();
        int pages = 0;
        boolean partial = false;
        for (Event event : Paging.events(registration, code)) {
            for (int page = 0; ; page++) {
                if (pages++ >= MAX_PAGES) {
                    partial = true;
                    break;
                }
                Page<Entry> entries = registration.entries(code, event.code(), null, page, ENTRIES_PAGE);
                entries.items().stream().filter(e -> !e.withdrawn()).forEach(e -> counts.merge(e.federation(), 1L, Long::sum));
                if (!entries.hasNext()) {
                    break;
                }
            }
        }
        List<BarChart.Datum> data = new ArrayList<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .forEach(c -> data.add(new BarChart.Datum(names.getOrDefault(c.getKey(), c.getKey()), c.getValue())));
        return new ByFederation(BarChart.of("entrants-by-federation", "各工会报名人数 Entrants per federation", data), partial);
    }
}
