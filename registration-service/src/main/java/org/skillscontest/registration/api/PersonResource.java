package org.skillscontest.registration.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.skillscontest.platform.problem.ProblemException;
import org.skillscontest.platform.security.Caller;
import org.skillscontest.platform.security.Roles;
import org.skillscontest.registration.domain.Entry;
import org.skillscontest.registration.domain.Person;
import org.skillscontest.registration.service.EntryListing;
import org.skillscontest.registration.service.Registration;

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

    /** A person's entries at every level; a federation sees those it entered, organisers and auditors all. */
    @GET
    @RolesAllowed({Roles.FEDERATION, Roles.ORGANIZER, Roles.AUDITOR})
    public List<EntryView> entries(@PathParam("personId") UUID personId) {
        boolean everyone = caller.hasRole(Roles.ORGANIZER) || caller.hasRole(Roles.AUDITOR);
        List<Entry> list = listing.ofPerson(personId).stream()
                .filter(e -> everyone || e.federation.equals(caller.federation()))
                .toList();
        if (list.isEmpty()) {
            throw ProblemException.notFound("Entries of person " + personId);
        }
        Map<UUID, Person> people = registration.people(list);
        return list.stream().map(e -> EntryView.of(e, people.get(e.personId), caller.hasRole(Roles.AUDITOR))).toList();
    }
}
