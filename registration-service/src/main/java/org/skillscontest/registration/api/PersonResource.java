package org.skillscontest.registration.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.skillscontest.platform.problem.ProblemException;
import org.skillscontest.platform.security.Caller;
import org.skillscontest.platform.security.Roles;
import org.skillscontest.registration.domain.Entry;
import org.skillscontest.registration.domain.Person;
import org.skillscontest.registration.service.EntryListing;
import org.skillscontest.registration.service.Registration;
import org.skillscontest.platform.paging.Paging;
import org.skillscontest.platform.paging.PageView;
import org.skillscontest.platform.paging.Page;

@Path("/api/v1/people/{personId}/entries")
public class PersonResource {

    private final EntryListing listing;
    private final Registration registration;
    private final Caller caller;

    public PersonResource(EntryListing listing, Registration registration, Caller caller) {
        this.listing = listing;
        this.registration = registration;
        this.caller = caller;
    }

    /**
     * A page of a person's entries at every level, oldest first; a federation sees those it entered,
     * organisers and auditors all. 404 when the caller sees none.
     */
    @GET
    @RolesAllowed({Roles.FEDERATION, Roles.ORGANIZER, Roles.AUDITOR})
    public PageView<EntryView> entries(@PathParam("personId") UUID personId,
                                       @Parameter(description = Paging.PAGE) @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                       @Parameter(description = Paging.SIZE) @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
        boolean everyone = caller.hasRole(Roles.ORGANIZER) || caller.hasRole(Roles.AUDITOR);
        String own = caller.federation();
        if (!everyone && (own == null || own.isBlank())) {
            throw ProblemException.notFound("Entries of person " + personId); // a token naming no federation sees none
        }
        Page<Entry> found = listing.ofPerson(personId, everyone ? null : own, page, size);
        Map<UUID, Person> people = registration.people(found.items());
        boolean fullIds = caller.hasRole(Roles.AUDITOR);
        return new PageView<>(found.items().stream().map(e -> EntryView.of(e, people.get(e.personId), fullIds)).toList(),
                page, size, found.total());
    }
}
