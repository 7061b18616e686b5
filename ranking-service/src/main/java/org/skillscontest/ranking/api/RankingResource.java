package org.skillscontest.ranking.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;
import org.skillscontest.ranking.service.Results;

/** Public results: rankings, promotions out of a competition, and a person's pathway. */
@Path("/api/v1")
@PermitAll
public class RankingResource {

    private final Results results;

    public RankingResource(Results results) {
        this.results = results;
    }

    @GET
    @Path("events/{c}/{e}/ranking")
    public RankingView ranking(@PathParam("c") String competition, @PathParam("e") String event) {
        return results.ranking(competition, event);
    }

    @GET
    @Path("competitions/{c}/promotions")
    public List<PromotionView> promotions(@PathParam("c") String competition) {
        return results.promotions(competition);
    }

    @GET
    @Path("competitions/{c}/league")
    public List<LeagueRow> league(@PathParam("c") String competition) {
        return results.league(competition);
    }

    @GET
    @Path("people/{personId}/pathway")
    public PathwayView pathway(@PathParam("personId") UUID personId) {
        return results.pathway(personId);
    }
}
