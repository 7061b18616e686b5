package org.skillscontest.ranking.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;
import org.skillscontest.platform.security.Caller;
import org.skillscontest.platform.security.Roles;
import org.skillscontest.ranking.service.Results;
import org.skillscontest.ranking.service.Statistics;
import org.skillscontest.ranking.service.LeagueRow;
import org.skillscontest.ranking.service.PathwayView;
import org.skillscontest.ranking.service.PromotionView;
import org.skillscontest.ranking.service.RankingView;
import org.skillscontest.ranking.service.RoundResults;
import org.skillscontest.ranking.service.SeriesStatisticsView;
import org.skillscontest.ranking.service.StatisticsView;
import org.skillscontest.platform.text.Code;

/** Public results: rankings, promotions out of a competition, a person's pathway, statistics of a competition and a series. */
@Path("/api/v1")
@PermitAll
public class RankingResource {

    private final Results results;
    private final Statistics statistics;
    private final RoundResults rounds;
    private final Caller caller;

    public RankingResource(Results results, RoundResults rounds, Statistics statistics, Caller caller) {
        this.results = results;
        this.rounds = rounds;
        this.statistics = statistics;
        this.caller = caller;
    }

    @GET
    @Path("events/{c}/{e}/ranking")
    public RankingView ranking(@PathParam("c") @Code String competition, @PathParam("e") @Code String event) {
        return results.ranking(competition, event);
    }

    /** The event's own organisation award table (优秀组织奖), at its points. */
    @GET
    @Path("events/{c}/{e}/league")
    public List<LeagueRow> eventLeague(@PathParam("c") @Code String competition, @PathParam("e") @Code String event) {
        return results.league(competition, event);
    }

    /** An earlier round's places and its cut (进入决赛), public once the round is ranked. */
    @GET
    @Path("events/{c}/{e}/rounds/{r}/ranking")
    public RoundResults.RoundRankingView roundRanking(@PathParam("c") @Code String competition, @PathParam("e") @Code String event,
                                                      @PathParam("r") @Code String round) {
        return rounds.ranking(competition, event, round);
    }

    @GET
    @Path("competitions/{c}/promotions")
    public List<PromotionView> promotions(@PathParam("c") @Code String competition) {
        return results.promotions(competition);
    }

    @GET
    @Path("competitions/{c}/league")
    public List<LeagueRow> league(@PathParam("c") @Code String competition) {
        return results.league(competition);
    }

    /** Organisers and auditors see the figures at any time; everyone else once every event is ranked. */
    @GET
    @Path("competitions/{c}/statistics")
    public StatisticsView statistics(@PathParam("c") @Code String competition) {
        return statistics.of(competition, !(caller.hasRole(Roles.ORGANIZER) || caller.hasRole(Roles.AUDITOR)));
    }

    /** Every edition of a series and the figures over all of them; the public sees the editions whose events are all ranked. */
    @GET
    @Path("series/{s}/statistics")
    public SeriesStatisticsView seriesStatistics(@PathParam("s") @Code String series) {
        return statistics.ofSeries(series, !(caller.hasRole(Roles.ORGANIZER) || caller.hasRole(Roles.AUDITOR)));
    }

    @GET
    @Path("people/{personId}/pathway")
    public PathwayView pathway(@PathParam("personId") UUID personId) {
        return results.pathway(personId);
    }
}
