package org.skillscontest.registration.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.skillscontest.contracts.EventRef;
import org.skillscontest.platform.security.Caller;
import org.skillscontest.platform.security.Roles;
import org.skillscontest.registration.domain.CompetitionEvent;
import org.skillscontest.registration.service.CompetitionSetup;
import org.skillscontest.registration.service.Statistics;
import org.skillscontest.registration.domain.CompetitionRequest;
import org.skillscontest.registration.domain.EventRequest;
import org.skillscontest.registration.service.StatisticsView;

@Path("/api/v1/competitions")
public class CompetitionResource {

    private final CompetitionSetup setup;
    private final Statistics statistics;
    private final Caller caller;

    public CompetitionResource(CompetitionSetup setup, Statistics statistics, Caller caller) {
        this.setup = setup;
        this.statistics = statistics;
        this.caller = caller;
    }

    /** Organisers and auditors see the figures at any time; everyone else once the results are published. */
    @GET
    @Path("{c}/statistics")
    @PermitAll
    public StatisticsView statistics(@PathParam("c") String code) {
        return statistics.of(code, !(caller.hasRole(Roles.ORGANIZER) || caller.hasRole(Roles.AUDITOR)));
    }

    @POST
    @RolesAllowed(Roles.ORGANIZER)
    public Response create(@NotNull @Valid CompetitionRequest request) {
        CompetitionView created = CompetitionView.of(setup.createCompetition(request));
        return Response.created(URI.create("/api/v1/competitions/" + created.code())).entity(created).build();
    }

    @GET
    @Path("{c}")
    @PermitAll
    public CompetitionView get(@PathParam("c") String code) {
        return CompetitionView.of(setup.competition(code));
    }

    @POST
    @Path("{c}/events")
    @RolesAllowed(Roles.ORGANIZER)
    public Response createEvent(@PathParam("c") String competition, @NotNull @Valid EventRequest request) {
        CompetitionEvent e = setup.createEvent(competition, request);
        EventRef target = setup.advancesTo(e);
        return Response.created(URI.create("/api/v1/competitions/" + competition + "/events/" + e.code))
                .entity(EventView.of(e, target)).build();
    }
}
