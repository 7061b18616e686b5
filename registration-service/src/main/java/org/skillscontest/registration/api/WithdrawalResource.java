package org.skillscontest.registration.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.skillscontest.platform.security.Caller;
import org.skillscontest.platform.security.Roles;
import org.skillscontest.registration.domain.Entry;
import org.skillscontest.registration.service.Registration;

@Path("/api/v1/entries/{entryId}/withdrawal")
public class WithdrawalResource {

    private final Registration registration;
    private final Caller caller;

    public WithdrawalResource(Registration registration, Caller caller) {
        this.registration = registration;
        this.caller = caller;
    }

    /** A federation withdraws one of its own entries, with a reason. */
    @POST
    @RolesAllowed(Roles.FEDERATION)
    public EntryCreated withdraw(@PathParam("entryId") UUID entryId, @NotNull @Valid WithdrawalRequest request) {
        Entry entry = registration.withdraw(entryId, request.reason(), caller::requireFederation);
        return new EntryCreated(entry.id, entry.personId, entry.status);
    }
}
