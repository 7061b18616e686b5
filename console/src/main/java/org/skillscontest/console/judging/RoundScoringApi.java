package org.skillscontest.console.judging;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.skillscontest.console.backend.BearerToken;
import org.skillscontest.console.backend.ProblemMapper;

/**
 * scoring-service's operations on one round of an event in rounds ({@code /events/{c}/{e}/rounds/{r}}),
 * the same as {@link org.skillscontest.console.backend.ScoringApi}'s on the event (its final round):
 * a judge's assignment may be a preliminary's panel.
 */
@RegisterRestClient(configKey = "scoring")
@RegisterClientHeaders(BearerToken.class)
@RegisterProvider(ProblemMapper.class)
@Path("/api/v1/events/{c}/{e}/rounds/{r}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface RoundScoringApi {

    @GET
    @Path("stations")
    JsonNode stations(@PathParam("c") String competition, @PathParam("e") String event, @PathParam("r") String round,
                      @QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Path("marks")
    JsonNode marks(@PathParam("c") String competition, @PathParam("e") String event, @PathParam("r") String round, Object marks);

    @POST
    @Path("theory/import")
    JsonNode importTheory(@PathParam("c") String competition, @PathParam("e") String event, @PathParam("r") String round,
                          @HeaderParam("Idempotency-Key") String idempotencyKey, Object rows);

    @GET
    @Path("results")
    JsonNode results(@PathParam("c") String competition, @PathParam("e") String event, @PathParam("r") String round,
                     @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("progress")
    JsonNode progress(@PathParam("c") String competition, @PathParam("e") String event, @PathParam("r") String round);

    @POST
    @Path("flags/acceptance")
    JsonNode acceptFlag(@PathParam("c") String competition, @PathParam("e") String event, @PathParam("r") String round,
                        Object acceptance);

    @POST
    @Path("lock")
    JsonNode lock(@PathParam("c") String competition, @PathParam("e") String event, @PathParam("r") String round);

    @POST
    @Path("corrections")
    JsonNode correct(@PathParam("c") String competition, @PathParam("e") String event, @PathParam("r") String round,
                     Object correction);

    @POST
    @Path("disqualifications")
    JsonNode disqualify(@PathParam("c") String competition, @PathParam("e") String event, @PathParam("r") String round,
                        Object disqualification);

    @GET
    @Path("audit")
    JsonNode audit(@PathParam("c") String competition, @PathParam("e") String event, @PathParam("r") String round,
                   @QueryParam("entryId") String entryId, @QueryParam("page") int page, @QueryParam("size") int size);
}
