package org.skillscontest.scoring.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.skillscontest.platform.security.Caller;
import org.skillscontest.platform.security.Roles;
import org.skillscontest.scoring.service.Assignments;
import org.skillscontest.platform.paging.Paging;
import org.skillscontest.platform.paging.PageView;
import org.skillscontest.platform.paging.Page;

@Path("/api/v1/assignments")
public class AssignmentResource {

    private final Assignments assignments;
    private final Caller caller;

    public AssignmentResource(Assignments assignments, Caller caller) {
        this.assignments = assignments;
        this.caller = caller;
    }

    /** The rounds whose panel names the caller (the token's subject), as a module's judge or as chief judge. */
    @GET
    @RolesAllowed({Roles.JUDGE, Roles.CHIEF_JUDGE})
    public PageView<AssignmentView> mine(@Parameter(description = Paging.PAGE) @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                         @Parameter(description = Paging.SIZE) @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
        Page<Assignments.Assignment> found = assignments.of(caller.subject(), page, size);
        return new PageView<>(found.items().stream().map(AssignmentView::of).toList(), page, size, found.total());
    }
}
