package org.skillscontest.console.backend;

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
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.skillscontest.console.backend.Registration.BatchAnswer;
import org.skillscontest.console.backend.Registration.Competition;
import org.skillscontest.console.backend.Registration.Entry;
import org.skillscontest.console.backend.Registration.Event;
import org.skillscontest.console.backend.Registration.Federation;

/**
 * registration-service's public REST API (docs/contract.md), called as the signed-in person. Its lists come
 * in pages: {@link Paging} reads a whole one.
 */
@RegisterRestClient(configKey = "registration")
@RegisterClientHeaders(BearerToken.class)
@RegisterProvider(ProblemMapper.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface RegistrationApi {

    @GET
    @Path("federations")
    Page<Federation> federations(@QueryParam("page") int page, @QueryParam("size") int size);

    /** The same list for a caller of the console's own choosing (the development sign-in's picker). */
    @GET
    @Path("federations")
    Page<Federation> federations(@HeaderParam("Authorization") String authorization, @QueryParam("page") int page,
                                 @QueryParam("size") int size);

    @POST
    @Path("federations")
    Federation createFederation(Object federation);

    @GET
    @Path("competitions")
    Page<Competition> competitions(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("competitions/{c}")
    Competition competition(@PathParam("c") String competition);

    @POST
    @Path("competitions")
    Competition createCompetition(Object competition);

    @GET
    @Path("competitions/{c}/events")
    Page<Event> events(@PathParam("c") String competition, @QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Path("competitions/{c}/events")
    JsonNode createEvent(@PathParam("c") String competition, Object event);

    @GET
    @Path("competitions/{c}/events/{e}/entries")
    Page<Entry> entries(@PathParam("c") String competition, @PathParam("e") String event, @QueryParam("q") String search,
                        @QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Path("competitions/{c}/events/{e}/entries/batch")
    BatchAnswer registerBatch(@PathParam("c") String competition, @PathParam("e") String event,
                              @HeaderParam("Idempotency-Key") String idempotencyKey, Registration.Batch batch);

    @POST
    @Path("entries/{entryId}/withdrawal")
    JsonNode withdraw(@PathParam("entryId") UUID entryId, Registration.Withdrawal withdrawal);

    @GET
    @Path("competitions/{c}/statistics")
    JsonNode statistics(@PathParam("c") String competition);
}
