package org.skillscontest.console.backend;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * scoring-service's public REST API (docs/contract.md), called as the signed-in person. Answers the
 * console only shows are read as JSON trees; the pages turn them into their own view records. Its lists
 * come in pages: {@link Paging} reads a whole one.
 */
@RegisterRestClient(configKey = "scoring")
@RegisterClientHeaders(BearerToken.class)
@RegisterProvider(ProblemMapper.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ScoringApi {

    /** The caller's panels: events and modules a judge marks, events a chief judge leads. */
    @GET
    @Path("assignments")
    JsonNode assignments(@QueryParam("page") int page, @QueryParam("size") int size);

    @PUT
    @Path("events/{c}/{e}/panel")
    JsonNode panel(@PathParam("c") String competition, @PathParam("e") String event, Object panel);

    @GET
    @Path("events/{c}/{e}/stations")
    JsonNode stations(@PathParam("c") String competition, @PathParam("e") String event, @QueryParam("page") int page,
                      @QueryParam("size") int size);

    @POST
    @Path("events/{c}/{e}/marks")
    JsonNode marks(@PathParam("c") String competition, @PathParam("e") String event, Object marks);

    @POST
    @Path("events/{c}/{e}/theory")
    JsonNode theory(@PathParam("c") String competition, @PathParam("e") String event, Object scores);

    @POST
    @Path("events/{c}/{e}/theory/import")
    JsonNode importTheory(@PathParam("c") String competition, @PathParam("e") String event,
                          @HeaderParam("Idempotency-Key") String idempotencyKey, Object rows);

    @GET
    @Path("events/{c}/{e}/results")
    JsonNode results(@PathParam("c") String competition, @PathParam("e") String event, @QueryParam("page") int page,
                     @QueryParam("size") int size);

    @GET
    @Path("events/{c}/{e}/progress")
    JsonNode progress(@PathParam("c") String competition, @PathParam("e") String event);

    @POST
    @Path("events/{c}/{e}/flags/acceptance")
    JsonNode acceptFlag(@PathParam("c") String competition, @PathParam("e") String event, Object acceptance);

    @POST
    @Path("events/{c}/{e}/lock")
    JsonNode lock(@PathParam("c") String competition, @PathParam("e") String event);

    @POST
    @Path("events/{c}/{e}/corrections")
    JsonNode correct(@PathParam("c") String competition, @PathParam("e") String event, Object correction);

    @POST
    @Path("events/{c}/{e}/disqualifications")
    JsonNode disqualify(@PathParam("c") String competition, @PathParam("e") String event, Object disqualification);

    @GET
    @Path("events/{c}/{e}/audit")
    JsonNode audit(@PathParam("c") String competition, @PathParam("e") String event, @QueryParam("entryId") String entryId,
                   @QueryParam("page") int page, @QueryParam("size") int size);
}
