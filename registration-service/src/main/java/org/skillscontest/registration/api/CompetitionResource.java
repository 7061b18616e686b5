package org.skillscontest.registration.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.skillscontest.contracts.EventRef;
import org.skillscontest.platform.publicview.PublicAnswers;
import org.skillscontest.platform.security.Caller;
import org.skillscontest.platform.security.Roles;
import org.skillscontest.platform.text.Code;
import org.skillscontest.registration.domain.Competition;
import org.skillscontest.registration.domain.CompetitionEvent;
import org.skillscontest.registration.domain.CompetitionRequest;
import org.skillscontest.registration.domain.EventRequest;
import org.skillscontest.registration.service.CompetitionSetup;
import org.skillscontest.registration.service.ReferenceListing;
import org.skillscontest.registration.service.Statistics;
import org.skillscontest.registration.service.StatisticsView;
import org.skillscontest.platform.paging.Paging;
import org.skillscontest.platform.paging.PageView;
import org.skillscontest.platform.paging.Page;

@Path("/api/v1/competitions")
public class CompetitionResource {

    private final CompetitionSetup setup;
    private final Statistics statistics;
    private final ReferenceListing listing;
    private final PublicAnswers answers;
    private final Caller caller;

    public CompetitionResource(CompetitionSetup setup, Statistics statistics, ReferenceListing listing, PublicAnswers answers,
                               Caller caller) {
        this.setup = setup;
        this.statistics = statistics;
        this.listing = listing;
        this.answers = answers;
        this.caller = caller;
    }

    /**
     * Organisers and auditors see the figures at any time, computed afresh and kept by no cache; everyone
     * else once the results are published, as kept at the competition's revision (its ETag; 304 to a
     * matching If-None-Match). A bad token is refused (401), never read as anonymous.
     */
    @GET
    @Path("{c}/statistics")
    @PermitAll
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StatisticsView.class)))
    public Response statistics(@PathParam("c") @Code String code, @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Size(max = 1000) String ifNoneMatch) {
        if (caller.hasRole(Roles.ORGANIZER) || caller.hasRole(Roles.AUDITOR)) {
            return answers.privately(statistics.of(code, false)).header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION).build();
        }
        long revision = statistics.revision(code);
        return answers.publicly("statistics", revision, ifNoneMatch, () -> statistics.published(code, revision))
                .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION).build();
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
    public PageView<CompetitionView> list(@Parameter(description = Paging.PAGE) @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                          @Parameter(description = Paging.SIZE) @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
        Page<Competition> found = listing.competitions(page, size);
        return new PageView<>(found.items().stream().map(CompetitionView::of).toList(), page, size, found.total());
    }

    /** A page of a competition's events by code; 404 for an unknown competition. */
    @GET
    @Path("{c}/events")
    @RolesAllowed({Roles.ORGANIZER, Roles.AUDITOR, Roles.FEDERATION, Roles.JUDGE, Roles.CHIEF_JUDGE})
    public PageView<EventView> events(@PathParam("c") @Code String competition,
                                      @Parameter(description = Paging.PAGE) @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                      @Parameter(description = Paging.SIZE) @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
        Page<CompetitionEvent> found = listing.events(competition, page, size);
        return new PageView<>(found.items().stream().map(e -> EventView.of(e, setup.advancesTo(e))).toList(), page, size,
                found.total());
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
