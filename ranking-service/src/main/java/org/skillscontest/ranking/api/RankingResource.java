package org.skillscontest.ranking.api;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.skillscontest.platform.security.Caller;
import org.skillscontest.platform.security.Roles;
import org.skillscontest.ranking.service.Results;
import org.skillscontest.ranking.service.Statistics;
import org.skillscontest.ranking.service.LeagueRow;
import org.skillscontest.ranking.service.Page;
import org.skillscontest.ranking.service.PathwayView;
import org.skillscontest.ranking.service.PromotionView;
import org.skillscontest.ranking.service.RankingView;
import org.skillscontest.ranking.service.RoundResults;
import org.skillscontest.ranking.service.SeriesStatisticsView;
import org.skillscontest.ranking.service.StatisticsView;

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

    /** The event's ranking with a page of its places: placed entrants by place, then the withdrawn and disqualified. */
    @GET
    @Path("events/{c}/{e}/ranking")
    public RankingView ranking(@PathParam("c") String competition, @PathParam("e") String event,
                               @Parameter(description = Paging.PAGE) @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                               @Parameter(description = Paging.LONG_SIZE) @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_LONG_SIZE) int size) {
        return results.ranking(competition, event, page, size);
    }

    /**
     * A page of the event's own organisation award table (优秀组织奖), at its points: by points, then federation.
     * The table is summed whole from the standings and paged in memory.
     */
    @GET
    @Path("events/{c}/{e}/league")
    public PageView<LeagueRow> eventLeague(@PathParam("c") String competition, @PathParam("e") String event,
                                           @Parameter(description = Paging.PAGE) @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                           @Parameter(description = Paging.SIZE) @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
        return slice(results.league(competition, event), page, size);
    }

    /** An earlier round's cut (进入决赛) with a page of its places by place, public once the round is ranked. */
    @GET
    @Path("events/{c}/{e}/rounds/{r}/ranking")
    public RoundResults.RoundRankingView roundRanking(@PathParam("c") String competition, @PathParam("e") String event,
                                                      @PathParam("r") String round,
                                                      @Parameter(description = Paging.PAGE) @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                                      @Parameter(description = Paging.LONG_SIZE) @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_LONG_SIZE) int size) {
        return rounds.ranking(competition, event, round, page, size);
    }

    /** A page of the promotions out of a competition, by event, then place. */
    @GET
    @Path("competitions/{c}/promotions")
    public PageView<PromotionView> promotions(@PathParam("c") String competition,
                                              @Parameter(description = Paging.PAGE) @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                              @Parameter(description = Paging.SIZE) @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
        Page<PromotionView> found = results.promotions(competition, page, size);
        return new PageView<>(found.items(), page, size, found.total());
    }

    /**
     * A page of the competition's organisation award table, by points, then federation. The table is summed
     * whole from the standings and paged in memory.
     */
    @GET
    @Path("competitions/{c}/league")
    public PageView<LeagueRow> league(@PathParam("c") String competition,
                                      @Parameter(description = Paging.PAGE) @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                      @Parameter(description = Paging.SIZE) @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
        return slice(results.league(competition), page, size);
    }

    /** Organisers and auditors see the figures at any time; everyone else once every event is ranked. */
    @GET
    @Path("competitions/{c}/statistics")
    public StatisticsView statistics(@PathParam("c") String competition) {
        return statistics.of(competition, !(caller.hasRole(Roles.ORGANIZER) || caller.hasRole(Roles.AUDITOR)));
    }

    /** Every edition of a series and the figures over all of them; the public sees the editions whose events are all ranked. */
    @GET
    @Path("series/{s}/statistics")
    public SeriesStatisticsView seriesStatistics(@PathParam("s") String series) {
        return statistics.ofSeries(series, !(caller.hasRole(Roles.ORGANIZER) || caller.hasRole(Roles.AUDITOR)));
    }

    @GET
    @Path("people/{personId}/pathway")
    public PathwayView pathway(@PathParam("personId") UUID personId) {
        return results.pathway(personId);
    }

    private static <T> PageView<T> slice(List<T> all, int page, int size) {
        return new PageView<>(Paging.slice(all, page, size), page, size, all.size());
    }
}
