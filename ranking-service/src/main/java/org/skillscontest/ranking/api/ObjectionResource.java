package org.skillscontest.ranking.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.skillscontest.platform.security.Caller;
import org.skillscontest.platform.security.Roles;
import org.skillscontest.platform.text.Code;
import org.skillscontest.ranking.domain.ObjectionRules;
import org.skillscontest.ranking.service.Objecting;
import org.skillscontest.ranking.service.ObjectionView;
import org.skillscontest.platform.paging.Paging;
import org.skillscontest.platform.paging.PageView;
import org.skillscontest.platform.paging.Page;

/**
 * Objections (异议) to provisional results: a federation lodges one about its own entrant during the
 * publicity period; the chief judge rejects it or resolves it by a correction; organisers, auditors
 * and chief judges read them all, a federation its own.
 */
@Path("/api/v1/events/{c}/{e}/objections")
public class ObjectionResource {

    private final Objecting objecting;
    private final Caller caller;

    public ObjectionResource(Objecting objecting, Caller caller) {
        this.objecting = objecting;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.FEDERATION)
    public Response lodge(@PathParam("c") @Code String competition, @PathParam("e") @Code String event,
                          @NotNull @Valid ObjectionRequest request) {
        ObjectionView lodged = objecting.lodge(competition, event, request.entryId(), request.reason(), caller.ownFederation(),
                caller.subject());
        return Response.created(URI.create("/api/v1/events/" + competition + "/" + event + "/objections/" + lodged.objectionId()))
                .entity(lodged).build();
    }

    /** A page of the event's objections, oldest first. */
    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.AUDITOR, Roles.CHIEF_JUDGE, Roles.FEDERATION})
    public PageView<ObjectionView> list(@PathParam("c") @Code String competition, @PathParam("e") @Code String event,
                                        @Parameter(description = Paging.PAGE) @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                        @Parameter(description = Paging.SIZE) @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
        Page<ObjectionView> found = objecting.ofEvent(competition, event, federationOnly(), page, size);
        return new PageView<>(found.items(), page, size, found.total());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ORGANIZER, Roles.AUDITOR, Roles.CHIEF_JUDGE, Roles.FEDERATION})
    public ObjectionView get(@PathParam("c") @Code String competition, @PathParam("e") @Code String event, @PathParam("id") UUID id) {
        return objecting.one(competition, event, id, federationOnly());
    }

    @POST
    @Path("{id}/rejection")
    @RolesAllowed(Roles.CHIEF_JUDGE)
    public ObjectionView reject(@PathParam("c") @Code String competition, @PathParam("e") @Code String event, @PathParam("id") UUID id,
                                @NotNull @Valid DecisionRequest request) {
        return objecting.decide(competition, event, id, ObjectionRules.Decision.REJECT, request.reason(), caller.subject());
    }

    @POST
    @Path("{id}/resolution")
    @RolesAllowed(Roles.CHIEF_JUDGE)
    public ObjectionView resolve(@PathParam("c") @Code String competition, @PathParam("e") @Code String event, @PathParam("id") UUID id,
                                 @NotNull @Valid DecisionRequest request) {
        return objecting.decide(competition, event, id, ObjectionRules.Decision.RESOLVE_BY_CORRECTION, request.reason(),
                caller.subject());
    }

    /** A federation reads only its own objections; the other roles read all. A token of both kinds reads all. */
    private String federationOnly() {
        if (caller.hasRole(Roles.ORGANIZER) || caller.hasRole(Roles.AUDITOR) || caller.hasRole(Roles.CHIEF_JUDGE)) {
            return null;
        }
        return caller.ownFederation();
    }
}
