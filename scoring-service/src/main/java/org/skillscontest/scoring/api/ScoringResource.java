package org.skillscontest.scoring.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.skillscontest.contracts.Topic;
import org.skillscontest.platform.problem.ProblemException;
import org.skillscontest.platform.security.Caller;
import org.skillscontest.platform.security.Roles;
import org.skillscontest.scoring.domain.ScoredEntries;
import org.skillscontest.scoring.domain.ScoredEvent;
import org.skillscontest.scoring.domain.ScoredEvents;
import org.skillscontest.scoring.service.Locking;
import org.skillscontest.scoring.service.Marking;

@Path("/api/v1/events/{c}/{e}")
public class ScoringResource {

    private final Marking marking;
    private final Locking locking;
    private final ScoredEvents events;
    private final ScoredEntries entries;
    private final Caller caller;

    public ScoringResource(Marking marking, Locking locking, ScoredEvents events, ScoredEntries entries, Caller caller) {
        this.marking = marking;
        this.locking = locking;
        this.events = events;
        this.entries = entries;
        this.caller = caller;
    }

    @PUT
    @Path("panel")
    @RolesAllowed(Roles.ORGANIZER)
    public Map<String, Object> panel(@PathParam("c") String c, @PathParam("e") String e, @NotNull @Valid PanelRequest request) {
        ScoredEvent event = marking.assignPanel(Topic.eventKey(c, e), request);
        return Map.of("chiefJudge", event.chiefJudge, "modules", event.panel);
    }

    @POST
    @Path("marks")
    @RolesAllowed(Roles.JUDGE)
    public BatchResult marks(@PathParam("c") String c, @PathParam("e") String e, @NotNull @Valid MarksRequest request) {
        return BatchResult.of(marking.mark(Topic.eventKey(c, e), caller.subject(), request.marks()));
    }

    @POST
    @Path("theory")
    @RolesAllowed({Roles.CHIEF_JUDGE, Roles.ORGANIZER})
    public BatchResult theory(@PathParam("c") String c, @PathParam("e") String e, @NotNull @Valid TheoryRequest request) {
        return BatchResult.of(marking.theory(Topic.eventKey(c, e), caller.subject(), request.scores()));
    }

    @POST
    @Path("lock")
    @RolesAllowed(Roles.CHIEF_JUDGE)
    public Map<String, Object> lock(@PathParam("c") String c, @PathParam("e") String e) {
        return Map.of("locked", true, "version", locking.lock(Topic.eventKey(c, e), caller.subject()));
    }

    @POST
    @Path("corrections")
    @RolesAllowed(Roles.CHIEF_JUDGE)
    public Map<String, Object> correct(@PathParam("c") String c, @PathParam("e") String e,
                                       @NotNull @Valid CorrectionRequest request) {
        return Map.of("version", locking.correct(Topic.eventKey(c, e), caller.subject(), request));
    }

    @POST
    @Path("flags/acceptance")
    @RolesAllowed(Roles.CHIEF_JUDGE)
    public Map<String, Object> acceptFlag(@PathParam("c") String c, @PathParam("e") String e, @NotNull @Valid AcceptanceRequest request) {
        locking.acceptFlag(Topic.eventKey(c, e), caller.subject(), request.entryId(), request.module(), request.reason());
        return Map.of("accepted", true);
    }

    /** The audit trail: every mark and score with who, when, old, new and why (corrections after the lock marked). */
    @GET
    @Path("audit")
    @RolesAllowed({Roles.CHIEF_JUDGE, Roles.ORGANIZER, Roles.AUDITOR})
    public List<AuditLine> audit(@PathParam("c") String c, @PathParam("e") String e, @QueryParam("entryId") UUID entryId) {
        return locking.audit(Topic.eventKey(c, e), entryId);
    }

    /** Stations (工位): judges see the numbers only (blind marking), the chief judge and organiser who is where. */
    @GET
    @Path("stations")
    @RolesAllowed({Roles.JUDGE, Roles.CHIEF_JUDGE, Roles.ORGANIZER})
    public List<StationView> stations(@PathParam("c") String c, @PathParam("e") String e) {
        boolean reveal = caller.hasRole(Roles.CHIEF_JUDGE) || caller.hasRole(Roles.ORGANIZER);
        return entries.list("eventKey = ?1 and withdrawn = false and station is not null order by station", Topic.eventKey(c, e))
                .stream().map(x -> new StationView(x.station, reveal ? x.entryId : null)).toList();
    }

    @GET
    @Path("results")
    @RolesAllowed({Roles.CHIEF_JUDGE, Roles.ORGANIZER})
    public ResultsView results(@PathParam("c") String c, @PathParam("e") String e) {
        String key = Topic.eventKey(c, e);
        var rows = locking.sheet(key);
        ScoredEvent event = events.findByIdOptional(key).orElseThrow(() -> ProblemException.notFound("Event " + key));
        return new ResultsView(c, e, event.locked(), event.resultsVersion, rows.stream().map(ResultsView.Line::of).toList());
    }
}
