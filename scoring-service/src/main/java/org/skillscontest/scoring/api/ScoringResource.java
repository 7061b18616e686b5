package org.skillscontest.scoring.api;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.skillscontest.contracts.EntrantStatus;
import org.skillscontest.contracts.Topic;
import org.skillscontest.platform.problem.ProblemException;
import org.skillscontest.platform.security.Caller;
import org.skillscontest.platform.security.Roles;
import org.skillscontest.platform.text.Code;
import org.skillscontest.scoring.domain.CorrectionRequest;
import org.skillscontest.scoring.domain.PanelRequest;
import org.skillscontest.scoring.domain.ScoredEntry;
import org.skillscontest.scoring.domain.ScoredEvent;
import org.skillscontest.scoring.service.AuditLine;
import org.skillscontest.scoring.service.Disqualifying;
import org.skillscontest.scoring.service.Locking;
import org.skillscontest.scoring.service.Marking;
import org.skillscontest.scoring.service.Progress;
import org.skillscontest.scoring.service.ScoringReads;
import org.skillscontest.scoring.service.TheoryImport;
import org.skillscontest.platform.paging.Paging;
import org.skillscontest.platform.paging.PageView;
import org.skillscontest.platform.paging.Page;

/**
 * Panels, marks, theory scores, the lock, corrections and reads of one event; for an event in rounds,
 * of its final round. The same operations on any round are under {@code /rounds/{r}}.
 */
@Path("/api/v1/events/{c}/{e}")
public class ScoringResource {

    private final Marking marking;
    private final Locking locking;
    private final Disqualifying disqualifying;
    protected final ScoringReads reads;
    private final TheoryImport theoryImport;
    private final Progress progress;
    private final Caller caller;

    public ScoringResource(Marking marking, Locking locking, Disqualifying disqualifying, ScoringReads reads,
                           TheoryImport theoryImport, Progress progress, Caller caller) {
        this.marking = marking;
        this.progress = progress;
        this.theoryImport = theoryImport;
        this.locking = locking;
        this.disqualifying = disqualifying;
        this.reads = reads;
        this.caller = caller;
    }

    @PUT
    @Path("panel")
    @RolesAllowed(Roles.ORGANIZER)
    public Map<String, Object> panel(@PathParam("c") @Code String c, @PathParam("e") @Code String e,
                                     @NotNull @Valid PanelRequest request) {
        ScoredEvent event = marking.assignPanel(key(c, e), request);
        return Map.of("chiefJudge", event.chiefJudge, "modules", event.panel);
    }

    @POST
    @Path("marks")
    @RolesAllowed(Roles.JUDGE)
    public BatchResult marks(@PathParam("c") @Code String c, @PathParam("e") @Code String e, @NotNull @Valid MarksRequest request) {
        return BatchResult.of(marking.mark(key(c, e), caller.subject(), request.marks()));
    }

    @POST
    @Path("theory")
    @RolesAllowed({Roles.CHIEF_JUDGE, Roles.ORGANIZER})
    public BatchResult theory(@PathParam("c") @Code String c, @PathParam("e") @Code String e, @NotNull @Valid TheoryRequest request) {
        ScoredEvent event = event(key(c, e));
        allow(caller.hasRole(Roles.ORGANIZER) || heads(event));
        return BatchResult.of(marking.theory(event.key, caller.subject(), request.scores()));
    }

    /**
     * Theory scores of a whole round from an outside exam platform, by entry id or ID number, under
     * an {@code Idempotency-Key}; rejected rows are listed with their errors, the others imported.
     */
    @POST
    @Path("theory/import")
    @RolesAllowed({Roles.CHIEF_JUDGE, Roles.ORGANIZER})
    @Produces(MediaType.APPLICATION_JSON)
    public byte[] importTheory(@PathParam("c") @Code String c, @PathParam("e") @Code String e,
                               @HeaderParam("Idempotency-Key") @Size(max = 200) String idempotencyKey,
                               @NotNull @Valid TheoryImportRequest request) {
        ScoredEvent event = event(key(c, e));
        allow(caller.hasRole(Roles.ORGANIZER) || heads(event));
        return theoryImport.importScores(event.key, caller.subject(), idempotencyKey, request.scores());
    }

    @POST
    @Path("lock")
    @RolesAllowed(Roles.CHIEF_JUDGE)
    public Map<String, Object> lock(@PathParam("c") @Code String c, @PathParam("e") @Code String e) {
        return Map.of("locked", true, "version", locking.lock(key(c, e), caller.subject()));
    }

    @POST
    @Path("corrections")
    @RolesAllowed(Roles.CHIEF_JUDGE)
    public Map<String, Object> correct(@PathParam("c") @Code String c, @PathParam("e") @Code String e,
                                       @NotNull @Valid CorrectionRequest request) {
        return Map.of("version", locking.correct(key(c, e), caller.subject(), request));
    }

    /** 取消资格: before the lock the lock no longer waits for the entrant; after it the next results version goes out. */
    @POST
    @Path("disqualifications")
    @RolesAllowed(Roles.CHIEF_JUDGE)
    public Response disqualify(@PathParam("c") @Code String c, @PathParam("e") @Code String e,
                               @NotNull @Valid DisqualificationRequest request) {
        Integer version = disqualifying.disqualify(key(c, e), caller.subject(), request.entryId(), request.reason());
        return Response.status(Response.Status.CREATED)
                .entity(new DisqualificationView(request.entryId(), EntrantStatus.DISQUALIFIED, request.reason(), version)).build();
    }

    @POST
    @Path("flags/acceptance")
    @RolesAllowed(Roles.CHIEF_JUDGE)
    public Map<String, Object> acceptFlag(@PathParam("c") @Code String c, @PathParam("e") @Code String e,
                                          @NotNull @Valid AcceptanceRequest request) {
        locking.acceptFlag(key(c, e), caller.subject(), request.entryId(), request.module(), request.reason());
        return Map.of("accepted", true);
    }

    /**
     * A page of the audit trail: every mark and score with who, when, old, new and why (corrections after
     * the lock marked), oldest first. Built whole (each line's previous value needs the lines before it)
     * and paged in memory.
     */
    @GET
    @Path("audit")
    @RolesAllowed({Roles.CHIEF_JUDGE, Roles.ORGANIZER, Roles.AUDITOR})
    public PageView<AuditLine> audit(@PathParam("c") @Code String c, @PathParam("e") @Code String e, @QueryParam("entryId") @Size(max = 36) String entryId,
                                     @Parameter(description = Paging.PAGE) @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                     @Parameter(description = Paging.LONG_SIZE) @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_LONG_SIZE) int size) {
        ScoredEvent event = event(key(c, e));
        allow(caller.hasRole(Roles.ORGANIZER) || caller.hasRole(Roles.AUDITOR) || heads(event));
        List<AuditLine> trail = locking.audit(event.key, entryId == null ? null : uuid("entryId", entryId));
        return new PageView<>(Paging.slice(trail, page, size), page, size, trail.size());
    }

    /**
     * A page of the stations (工位) by number: judges see the numbers only (blind marking), the chief judge
     * and organiser who is where.
     */
    @GET
    @Path("stations")
    @RolesAllowed({Roles.JUDGE, Roles.CHIEF_JUDGE, Roles.ORGANIZER})
    public PageView<StationView> stations(@PathParam("c") @Code String c, @PathParam("e") @Code String e,
                                          @Parameter(description = Paging.PAGE) @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                          @Parameter(description = Paging.LONG_SIZE) @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_LONG_SIZE) int size) {
        ScoredEvent event = event(key(c, e));
        boolean reveal = caller.hasRole(Roles.ORGANIZER) || heads(event);
        allow(reveal || caller.hasRole(Roles.JUDGE) && event.onPanel(caller.subject()));
        Page<ScoredEntry> found = reads.atStations(event, page, size);
        return new PageView<>(found.items().stream().map(x -> new StationView(x.station, reveal ? x.entryId : null)).toList(),
                page, size, found.total());
    }

    /**
     * The sheet with one page of its entries, by entry id. The sheet is computed whole (totals, spreads,
     * flags) and its entries paged in memory.
     */
    @GET
    @Path("results")
    @RolesAllowed({Roles.CHIEF_JUDGE, Roles.ORGANIZER})
    public ResultsView results(@PathParam("c") @Code String c, @PathParam("e") @Code String e,
                               @Parameter(description = Paging.PAGE) @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                               @Parameter(description = Paging.LONG_SIZE) @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_LONG_SIZE) int size) {
        ScoredEvent event = event(key(c, e));
        allow(caller.hasRole(Roles.ORGANIZER) || heads(event));
        var rows = locking.sheet(event.key);
        return new ResultsView(c, e, event.locked(), event.resultsVersion,
                Paging.slice(rows, page, size).stream().map(ResultsView.Line::of).toList(), page, size, rows.size());
    }

    /** Marks entered against marks expected, per judge and module and for theory; the chief judge of this round only. */
    @GET
    @Path("progress")
    @RolesAllowed({Roles.ORGANIZER, Roles.CHIEF_JUDGE, Roles.AUDITOR})
    public ProgressView progress(@PathParam("c") @Code String c, @PathParam("e") @Code String e) {
        ScoredEvent event = event(key(c, e));
        allow(caller.hasRole(Roles.ORGANIZER) || caller.hasRole(Roles.AUDITOR) || heads(event));
        return ProgressView.of(progress.of(event));
    }

    private ScoredEvent event(String key) {
        return reads.event(key);
    }

    /**
     * The key of the scored event addressed: here the event itself, which for an event in rounds is
     * its final round ({@link RoundScoringResource} addresses any round by its code).
     */
    protected String key(String c, String e) {
        return Topic.eventKey(c, e);
    }

    /** A chief judge acts on and reads only the event the chief judge heads, whatever the token's role says. */
    private boolean heads(ScoredEvent event) {
        return caller.hasRole(Roles.CHIEF_JUDGE) && event.headedBy(caller.subject());
    }

    private static void allow(boolean allowed) {
        if (!allowed) {
            throw ProblemException.forbidden("A chief judge reads and acts on the event the chief judge heads only, "
                    + "a judge an event whose panel the judge sits on.");
        }
    }

    /** A query parameter that must be a UUID: 400 naming it, where JAX-RS would answer 404. */
    private static UUID uuid(String field, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "malformed", "must be a UUID");
        }
    }
}
