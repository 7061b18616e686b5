package org.skillscontest.console.backend;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * ranking-service's public REST API (docs/contract.md), called as the signed-in person. Its lists come in
 * pages: {@link Paging} reads a whole one.
 */
@RegisterRestClient(configKey = "ranking")
@RegisterClientHeaders(BearerToken.class)
@RegisterProvider(ProblemMapper.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface RankingApi {

    @GET
    @Path("events/{c}/{e}/ranking")
    JsonNode ranking(@PathParam("c") String competition, @PathParam("e") String event, @QueryParam("page") int page,
                     @QueryParam("size") int size);

    @GET
    @Path("competitions/{c}/promotions")
    JsonNode promotions(@PathParam("c") String competition, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("competitions/{c}/statistics")
    JsonNode statistics(@PathParam("c") String competition);

    @GET
    @Path("people/{personId}/pathway")
    JsonNode pathway(@PathParam("personId") String personId);

    @GET
    @Path("events/{c}/{e}/objections")
    JsonNode objections(@PathParam("c") String competition, @PathParam("e") String event, @QueryParam("page") int page,
                        @QueryParam("size") int size);

    @POST
    @Path("events/{c}/{e}/objections")
    JsonNode object(@PathParam("c") String competition, @PathParam("e") String event, Object objection);
}
