package org.skillscontest.registration.api;

import jakarta.annotation.security.PermitAll;
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
import java.util.List;
import org.skillscontest.contracts.EventRef;
import org.skillscontest.platform.security.Caller;
import org.skillscontest.platform.security.Roles;
import org.skillscontest.registration.domain.Competition;
import org.skillscontest.registration.domain.CompetitionEvent;
import org.skillscontest.registration.service.CompetitionSetup;
import org.skillscontest.registration.service.Page;
import org.skillscontest.registration.service.ReferenceListing;
import org.skillscontest.registration.service.Statistics;
import org.skillscontest.registration.domain.CompetitionRequest;
import org.skillscontest.registration.domain.EventRequest;
import org.skillscontest.registration.service.StatisticsView;
import org.skillscontest.platform.text.Code;

@Path("/api/v1/competitions")
public class CompetitionResource {

    private final CompetitionSetup setup;
    private final Statistics statistics;
    private final ReferenceListing listing;
    private final Caller caller;

    public CompetitionResource(CompetitionSetup setup, Statistics statistics, ReferenceListing listing, Caller caller) {
        this.setup = setup;
        this.statistics = statistics;
        this.listing = listing;
        this.caller = caller;
    }

    /** Organisers and auditors see the figures at any time; everyone else once the results are published. */
    @GET
    @Path("{c}/statistics")
    @PermitAll
    public StatisticsView statistics(@PathParam("c") @Code String code) {
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
    public CompetitionView get(@PathParam("c") @Code String code) {
        return CompetitionView.of(setup.competition(code));
    }

    /** Every competition, city first, then provincial, then national, by code within a level. */
    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.AUDITOR, Roles.FEDERATION, Roles.JUDGE, Roles.CHIEF_JUDGE})
    public PageView<CompetitionView> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                          @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        Page<Competition> found = listing.competitions(page, size);
        return new PageView<>(found.items().stream().map(CompetitionView::of).toList(), page, size, found.total());
    }

    /** A competition's events by code; 404 for an unknown competition. */
    @GET
    @Path("{c}/events")
    @RolesAllowed({Roles.ORGANIZER, Roles.AUDITOR, Roles.FEDERATION, Roles.JUDGE, Roles.CHIEF_JUDGE})
    public List<EventView> events(@PathParam("c") @Code String competition) {
        return listing.events(competition).stream().map(e -> EventView.of(e, setup.advancesTo(e))).toList();
    }

    /** One event, as its creation answered it (the address its 201 gave). */
    @GET
    @Path("{c}/events/{e}")
    @RolesAllowed({Roles.ORGANIZER, Roles.AUDITOR, Roles.FEDERATION, Roles.JUDGE, Roles.CHIEF_JUDGE})
    public EventView event(@PathParam("c") @Code String competition, @PathParam("e") @Code String event) {
        CompetitionEvent e = listing.event(competition, event);
        return EventView.of(e, setup.advancesTo(e));
    }

    @POST
    @Path("{c}/events")
    @RolesAllowed(Roles.ORGANIZER)
    public Response createEvent(@PathParam("c") @Code String competition, @NotNull @Valid EventRequest request) {
        CompetitionEvent e = setup.createEvent(competition, request);
        EventRef target = setup.advancesTo(e);
        return Response.created(URI.create("/api/v1/competitions/" + competition + "/events/" + e.code))
                .entity(EventView.of(e, target)).build();
    }
}
