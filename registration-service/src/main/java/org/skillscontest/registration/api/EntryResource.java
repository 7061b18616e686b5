package org.skillscontest.registration.api;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.skillscontest.platform.problem.ProblemException;
import org.skillscontest.platform.security.Caller;
import org.skillscontest.platform.security.Roles;
import org.skillscontest.platform.text.Code;
import org.skillscontest.platform.text.Printable;
import org.skillscontest.registration.domain.Entry;
import org.skillscontest.registration.domain.EntryRequest;
import org.skillscontest.registration.domain.EntryStatus;
import org.skillscontest.registration.domain.Person;
import org.skillscontest.registration.service.BatchAnswer;
import org.skillscontest.registration.service.EntryListing;
import org.skillscontest.registration.service.Intake;
import org.skillscontest.registration.service.Registration;
import org.skillscontest.platform.paging.Paging;
import org.skillscontest.platform.paging.PageView;
import org.skillscontest.platform.paging.Page;

@Path("/api/v1/competitions/{c}/events/{e}/entries")
public class EntryResource {

    private final Intake intake;
    private final Registration registration;
    private final EntryListing listing;
    private final Caller caller;

    public EntryResource(Intake intake, Registration registration, EntryListing listing, Caller caller) {
        this.intake = intake;
        this.registration = registration;
        this.listing = listing;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.FEDERATION)
    public Response register(@PathParam("c") @Code String competition, @PathParam("e") @Code String event,
                             @NotNull @Valid EntryRequest request) {
        BatchAnswer.Accepted entry = intake.registerOne(competition, event, caller.ownFederation(), request);
        return Response.created(URI.create("/api/v1/entries/" + entry.entryId()))
                .entity(new EntryCreated(entry.entryId(), entry.personId(), EntryStatus.REGISTERED)).build();
    }

    /**
     * Up to 5,000 entrants at once, each accepted or rejected on its own. With an Idempotency-Key,
     * a retry returns the first answer and registers nothing twice.
     */
    @POST
    @Path("batch")
    @RolesAllowed(Roles.FEDERATION)
    @APIResponse(responseCode = "200", description = "Each row accepted or rejected",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchAnswer.class)))
    public Response registerBatch(@PathParam("c") @Code String competition, @PathParam("e") @Code String event,
                                     @HeaderParam("Idempotency-Key") @Size(min = 1, max = 200) String idempotencyKey,
                                     @NotNull @Valid BatchRequest request) {
        String federation = caller.ownFederation();
        // the answer is written once, as JSON: what a retry gets back is byte for byte what was answered
        return Response.ok(intake.registerBatch(competition, event, federation, idempotencyKey, request.entries()),
                MediaType.APPLICATION_JSON_TYPE).build();
    }

    /**
     * A page of an event's entries: a federation sees its own, organisers and auditors all. {@code q}
     * finds entrants by name, the last four characters of the ID number or the start of the entry id.
     */
    @GET
    @RolesAllowed({Roles.FEDERATION, Roles.ORGANIZER, Roles.AUDITOR})
    public PageView<EntryView> list(@PathParam("c") @Code String competition, @PathParam("e") @Code String event,
                                    @Parameter(description = Paging.PAGE) @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                    @Parameter(description = Paging.LONG_SIZE) @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_LONG_SIZE) int size,
                                    @QueryParam("q") @Size(max = 64) @Printable String q) {
        boolean everyone = caller.hasRole(Roles.ORGANIZER) || caller.hasRole(Roles.AUDITOR);
        Page<Entry> found = listing.ofEvent(competition, event, everyone ? null : caller.ownFederation(), q, page, size);
        Map<UUID, Person> people = registration.people(found.items());
        boolean fullIds = caller.hasRole(Roles.AUDITOR);
        return new PageView<>(found.items().stream().map(e -> EntryView.of(e, people.get(e.personId), fullIds)).toList(),
                page, size, found.total());
    }
}
