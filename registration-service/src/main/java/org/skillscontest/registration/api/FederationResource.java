package org.skillscontest.registration.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.skillscontest.platform.security.Roles;
import org.skillscontest.registration.service.CompetitionSetup;
import org.skillscontest.registration.domain.FederationRequest;

@Path("/api/v1/federations")
public class FederationResource {

    private final CompetitionSetup setup;

    public FederationResource(CompetitionSetup setup) {
        this.setup = setup;
    }

    @POST
    @RolesAllowed(Roles.ORGANIZER)
    public Response create(@NotNull @Valid FederationRequest request) {
        FederationView created = FederationView.of(setup.createFederation(request));
        return Response.created(URI.create("/api/v1/federations/" + created.code())).entity(created).build();
    }
}
