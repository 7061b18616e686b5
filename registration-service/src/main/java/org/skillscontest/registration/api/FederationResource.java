package org.skillscontest.registration.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.skillscontest.platform.security.Caller;
import org.skillscontest.platform.security.Roles;
import org.skillscontest.registration.domain.Federation;
import org.skillscontest.registration.service.CompetitionSetup;
import org.skillscontest.registration.domain.FederationRequest;
import org.skillscontest.registration.service.ReferenceListing;
import org.skillscontest.platform.paging.Paging;
import org.skillscontest.platform.paging.PageView;
import org.skillscontest.platform.paging.Page;

@Path("/api/v1/federations")
public class FederationResource {

    private final CompetitionSetup setup;
    private final ReferenceListing listing;
    private final Caller caller;

    public FederationResource(CompetitionSetup setup, ReferenceListing listing, Caller caller) {
        this.setup = setup;
        this.listing = listing;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.ORGANIZER)
    public Response create(@NotNull @Valid FederationRequest request) {
        FederationView created = FederationView.of(setup.createFederation(request));
        return Response.created(URI.create("/api/v1/federations/" + created.code())).entity(created).build();
    }

    /** Federations by code: organisers and auditors see every one, a federation only itself. */
    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.AUDITOR, Roles.FEDERATION})
    public PageView<FederationView> list(@Parameter(description = Paging.PAGE) @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                         @Parameter(description = Paging.SIZE) @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
        boolean everyone = caller.hasRole(Roles.ORGANIZER) || caller.hasRole(Roles.AUDITOR);
        Page<Federation> found = listing.federations(everyone ? null : caller.ownFederation(), page, size);
        return new PageView<>(found.items().stream().map(FederationView::of).toList(), page, size, found.total());
    }
}
