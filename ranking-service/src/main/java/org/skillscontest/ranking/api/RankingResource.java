package org.skillscontest.ranking.api;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.skillscontest.platform.publicview.PublicAnswers;
import org.skillscontest.platform.security.Caller;
import org.skillscontest.platform.security.Roles;
import org.skillscontest.platform.text.Code;
import org.skillscontest.ranking.service.LeagueRow;
import org.skillscontest.ranking.service.PathwayView;
import org.skillscontest.ranking.service.PromotionView;
import org.skillscontest.ranking.service.RankingView;
import org.skillscontest.ranking.service.Results;
import org.skillscontest.ranking.service.RoundResults;
import org.skillscontest.ranking.service.SeriesStatisticsView;
import org.skillscontest.ranking.service.Statistics;
import org.skillscontest.ranking.service.StatisticsView;
import org.skillscontest.platform.paging.Paging;
import org.skillscontest.platform.paging.PageView;
import org.skillscontest.platform.paging.Page;

/** Public results: rankings, promotions out of a competition, a person's pathway, statistics of a competition and a series. */
@Path("/api/v1")
@PermitAll
public class RankingResource {

    private final Results results;
    private final Statistics statistics;
    private final RoundResults rounds;
    private final PublicAnswers answers;
    private final Caller caller;

    public RankingResource(Results results, RoundResults rounds, Statistics statistics, PublicAnswers answers, Caller caller) {
        this.results = results;
        this.rounds = rounds;
        this.statistics = statistics;
        this.answers = answers;
        this.caller = caller;
    }

    /** The event's ranking with a page of its places: placed entrants by place, then the withdrawn and disqualified. */
    @GET
    @Path("events/{c}/{e}/ranking")
    public RankingView ranking(@PathParam("c") @Code String competition, @PathParam("e") @Code String event,
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
    public PageView<LeagueRow> eventLeague(@PathParam("c") @Code String competition, @PathParam("e") @Code String event,
                                           @Parameter(description = Paging.PAGE) @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                           @Parameter(description = Paging.SIZE) @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
        return slice(results.league(competition, event), page, size);
    }

    /** An earlier round's cut (进入决赛) with a page of its places by place, public once the round is ranked. */
    @GET
    @Path("events/{c}/{e}/rounds/{r}/ranking")
    public RoundResults.RoundRankingView roundRanking(@PathParam("c") @Code String competition, @PathParam("e") @Code String event,
                                                      @PathParam("r") @Code String round,
                                                      @Parameter(description = Paging.PAGE) @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                                      @Parameter(description = Paging.LONG_SIZE) @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_LONG_SIZE) int size) {
        return rounds.ranking(competition, event, round, page, size);
    }

    /** A page of the promotions out of a competition, by event, then place. */
    @GET
    @Path("competitions/{c}/promotions")
    public PageView<PromotionView> promotions(@PathParam("c") @Code String competition,
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
    public PageView<LeagueRow> league(@PathParam("c") @Code String competition,
                                      @Parameter(description = Paging.PAGE) @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                      @Parameter(description = Paging.SIZE) @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
        return slice(results.league(competition), page, size);
    }

    /**
     * Organisers and auditors see the figures at any time, computed afresh and kept by no cache; everyone
     * else once every event is ranked, as kept at the competition's revision (its ETag; 304 to a matching
     * If-None-Match). A bad token is refused (401), never read as anonymous.
     */
    @GET
    @Path("competitions/{c}/statistics")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StatisticsView.class)))
    public Response statistics(@PathParam("c") @Code String competition, @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Size(max = 1000) String ifNoneMatch) {
        if (privileged()) {
            return answers.privately(statistics.of(competition, false))
                    .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION).build();
        }
        long revision = statistics.revision(competition);
        return answers.publicly("statistics", revision, ifNoneMatch, () -> statistics.published(competition, revision))
                .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION).build();
    }

    /** Every edition of a series and the figures over all of them; the public sees the editions whose events are all ranked. */
    @GET
    @Path("series/{s}/statistics")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SeriesStatisticsView.class)))
    public Response seriesStatistics(@PathParam("s") @Code String series, @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Size(max = 1000) String ifNoneMatch) {
        if (privileged()) {
            return answers.privately(statistics.ofSeries(series, false))
                    .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION).build();
        }
        long revision = statistics.seriesRevision(series);
        return answers.publicly("series-statistics", revision, ifNoneMatch, () -> statistics.publishedSeries(series, revision))
                .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION).build();
    }

    /** Organisers and auditors see unpublished figures; reading the roles authenticates a token, so a bad one gets 401. */
    private boolean privileged() {
        return caller.hasRole(Roles.ORGANIZER) || caller.hasRole(Roles.AUDITOR);
    }

    /** The person's rows in events whose results are public (ranked), as each event's public ranking shows them. */
    @GET
    @Path("people/{personId}/pathway")
    public PathwayView pathway(@PathParam("personId") UUID personId) {
        return results.pathway(personId);
    }

    private static <T> PageView<T> slice(List<T> all, int page, int size) {
        return new PageView<>(Paging.slice(all, page, size), page, size, all.size());
    }
}
