package org.skillscontest.console.judging;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.skillscontest.console.backend.ApiException;
import org.skillscontest.console.backend.Problem;
import org.skillscontest.console.documents.Sheet;
import org.skillscontest.console.documents.SheetException;
import org.skillscontest.console.documents.SheetReader;
import org.skillscontest.console.signin.Role;
import org.skillscontest.console.signin.SignedIn;

/**
 * The chief judge (裁判长) of an event: its results by station with each judge's mark, spreads, tolerance
 * flags, missing marks and statuses; marking progress per judge; accepting a flag, the lock, corrections
 * after it, disqualification, the audit trail, and theory scores by upload. Each form shows only when
 * scoring would take it: theory and the lock before the lock, corrections after it.
 */
@Path("/judging/{c}/{e}/results")
@Produces(MediaType.TEXT_HTML)
public class ChiefJudgeResource {

    /** The exam platform's export of a preliminary can be 42,650 rows; scoring takes 50,000 at once. */
    static final int MAX_THEORY_ROWS = 50_000;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance results(ResultsPage page);

        static native TemplateInstance audit(Assignment assignment, Stations stations, String entryId, AuditTrail trail);
    }

    /** What the results page shows; {@code outcome} is the answer to the form just sent, if any. */
    public record ResultsPage(Assignment assignment, ResultsBoard board, Progress progress, Stations stations, String notice,
                              Outcome outcome, Map<String, String> form, String idempotencyKey) {

        public boolean locked() {
            return board.locked();
        }

        /** The choices of a correction: each module's judges, and theory. */
        public List<Choice> correctable() {
            List<Choice> slots = new java.util.ArrayList<>();
            progress.panel().forEach((module, judges) -> judges.forEach(j -> slots.add(new Choice(module + "|" + j, module + " · " + j))));
            slots.add(new Choice("theory|", "理论 Theory"));
            return slots;
        }

        public String value(String field) {
            return form.getOrDefault(field, "");
        }
    }

    /** An option of a select. */
    public record Choice(String value, String label) {
    }

    /** A form's answer: which form, in a line, field errors, a refused lock's list, an import's rejected rows. */
    public record Outcome(String form, boolean ok, String summary, Map<String, String> fields, LockRefusal refusal,
                          List<TheorySheet.Rejection> rejections) {

        static Outcome refused(String form, Problem problem) {
            return new Outcome(form, false, problem.summary(), problem.byField(), null, List.of());
        }

        static Outcome refused(String form, String summary) {
            return new Outcome(form, false, summary, Map.of(), null, List.of());
        }

        public boolean is(String name) {
            return form.equals(name);
        }
    }

    private final SignedIn signedIn;
    private final EventScoring scoring;
    private final EventNames names;

    ChiefJudgeResource(SignedIn signedIn, EventScoring scoring, EventNames names) {
        this.signedIn = signedIn;
        this.scoring = scoring;
        this.names = names;
    }

    @GET
    public TemplateInstance results(@PathParam("c") String competition, @PathParam("e") String event, @QueryParam("round") String round,
                                    @QueryParam("done") String done, @QueryParam("version") Integer version,
                                    @QueryParam("station") Integer station, @QueryParam("module") String module) {
        signedIn.require(Role.CHIEF_JUDGE);
        return Templates.results(page(new Scope(competition, event, round), notice(done, version, station, module), null, Map.of()));
    }

    @POST
    @Path("flags")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response acceptFlag(@PathParam("c") String competition, @PathParam("e") String event, @QueryParam("round") String round,
                               @RestForm String entryId, @RestForm String module, @RestForm String reason) {
        signedIn.require(Role.CHIEF_JUDGE);
        Scope scope = new Scope(competition, event, round);
        Map<String, String> form = Map.of("flagEntry", value(entryId), "flagModule", value(module));
        if (value(reason).isBlank()) {
            return refused(scope, Outcome.refused("flag", "请写明接受理由 Give the reason for accepting the flag."), form, 400);
        }
        try {
            scoring.acceptFlag(scope, Map.of("entryId", value(entryId), "module", value(module), "reason", reason.strip()));
        } catch (ApiException e) {
            return refused(scope, Outcome.refused("flag", e.problem()), form, e.status());
        }
        return done(scope, "flag", null, station(scope, entryId), module);
    }

    @POST
    @Path("lock")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response lock(@PathParam("c") String competition, @PathParam("e") String event, @QueryParam("round") String round,
                         @RestForm String checked) {
        signedIn.require(Role.CHIEF_JUDGE);
        Scope scope = new Scope(competition, event, round);
        if (!"yes".equals(checked)) {
            return refused(scope, Outcome.refused("lock", "请先确认已核对全部成绩 Tick that every score is checked first."), Map.of(), 400);
        }
        try {
            int version = scoring.lock(scope).path("version").asInt();
            return done(scope, "lock", version, null, null);
        } catch (ApiException e) {
            if (e.status() == 409 && !e.problem().errors().isEmpty()) {
                LockRefusal refusal = LockRefusal.of(e.problem(), Stations.of(scoring.stations(scope)).byEntry());
                return refused(scope, new Outcome("lock", false, e.problem().summary(), Map.of(), refusal, List.of()), Map.of(), 409);
            }
            return refused(scope, Outcome.refused("lock", e.problem()), Map.of(), e.status());
        }
    }

    /** A correction after the lock: {@code slot} is "module|judge" (theory: "theory|"). */
    @POST
    @Path("corrections")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response correct(@PathParam("c") String competition, @PathParam("e") String event, @QueryParam("round") String round,
                            @RestForm String entryId, @RestForm String slot, @RestForm String mark, @RestForm String reason) {
        signedIn.require(Role.CHIEF_JUDGE);
        Scope scope = new Scope(competition, event, round);
        Map<String, String> form = Map.of("correctionEntry", value(entryId), "slot", value(slot), "mark", value(mark), "reason", value(reason));
        String[] parts = value(slot).split("\\|", -1);
        BigDecimal value;
        try {
            value = new BigDecimal(value(mark).strip());
        } catch (NumberFormatException e) {
            return refused(scope, new Outcome("correction", false, "分数不是数字 The mark is not a number.",
                    Map.of("mark", "请输入数字 Enter a number"), null, List.of()), form, 400);
        }
        if (parts.length != 2 || value(entryId).isBlank()) {
            return refused(scope, Outcome.refused("correction", "请选择选手和模块/裁判 Choose the entrant and the module and judge."), form, 400);
        }
        Map<String, Object> correction = new LinkedHashMap<>();
        correction.put("entryId", entryId);
        correction.put("module", parts[0]);
        correction.put("judge", parts[1].isBlank() ? null : parts[1]);
        correction.put("mark", value);
        correction.put("reason", value(reason).strip());
        try {
            int version = scoring.correct(scope, correction).path("version").asInt();
            return done(scope, "correction", version, station(scope, entryId), parts[0]);
        } catch (ApiException e) {
            return refused(scope, Outcome.refused("correction", e.problem()), form, e.status());
        }
    }

    @POST
    @Path("disqualifications")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response disqualify(@PathParam("c") String competition, @PathParam("e") String event, @QueryParam("round") String round,
                               @RestForm String entryId, @RestForm String reason) {
        signedIn.require(Role.CHIEF_JUDGE);
        Scope scope = new Scope(competition, event, round);
        Map<String, String> form = Map.of("disqualifyEntry", value(entryId), "disqualifyReason", value(reason));
        if (value(entryId).isBlank()) {
            return refused(scope, Outcome.refused("disqualification", "请选择选手 Choose the entrant."), form, 400);
        }
        try {
            var answer = scoring.disqualify(scope, Map.of("entryId", entryId, "reason", value(reason).strip()));
            Integer version = answer.path("version").isInt() ? answer.path("version").asInt() : null;
            return done(scope, "disqualification", version, station(scope, entryId), null);
        } catch (ApiException e) {
            return refused(scope, Outcome.refused("disqualification", e.problem()), form, e.status());
        }
    }

    /**
     * Theory scores by upload: the sheet read here, rows that cannot be sent refused with their sheet rows,
     * the rest sent at once under the Idempotency-Key the form was rendered with (sending the same form
     * twice imports once), and scoring's rejected rows shown on their sheet rows.
     */
    @POST
    @Path("theory")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importTheory(@PathParam("c") String competition, @PathParam("e") String event, @QueryParam("round") String round,
                                 @RestForm("sheet") FileUpload upload, @RestForm String idempotencyKey) {
        signedIn.require(Role.CHIEF_JUDGE);
        Scope scope = new Scope(competition, event, round);
        if (upload == null || upload.fileName() == null || upload.fileName().isBlank()) {
            return refused(scope, Outcome.refused("theory", "请选择文件 Choose the sheet to upload."), Map.of(), 400);
        }
        if (value(idempotencyKey).isBlank()) {
            return refused(scope, Outcome.refused("theory", "表单已过期，请刷新页面 The form has expired: reload the page."), Map.of(), 400);
        }
        TheorySheet theory;
        TheorySheet.Mapped mapped;
        try {
            Sheet sheet = SheetReader.read(upload.fileName(), Files.readAllBytes(upload.uploadedFile()), MAX_THEORY_ROWS);
            theory = TheorySheet.of(sheet);
            mapped = theory.map();
        } catch (SheetException e) {
            return refused(scope, Outcome.refused("theory", e.getMessage()), Map.of(), 400);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!mapped.sendable()) {
            String summary = mapped.rows().isEmpty() && mapped.rejected().isEmpty() ? "表格没有数据行 The sheet has no rows."
                    : mapped.rejected().size() + " 行有误，未导入任何成绩 " + mapped.rejected().size() + " row(s) to fix: nothing was imported.";
            return refused(scope, new Outcome("theory", false, summary, Map.of(), null, mapped.rejected()), Map.of(), 400);
        }
        try {
            var answer = scoring.importTheory(scope, idempotencyKey, TheorySheet.request(mapped.rows()));
            int imported = answer.path("imported").asInt();
            int rejected = answer.path("rejected").asInt();
            Outcome outcome = new Outcome("theory", rejected == 0, "已导入 " + imported + " 个理论成绩" + (rejected > 0 ? "，被拒 " + rejected + " 行" : "")
                    + " Imported " + imported + " theory score(s)" + (rejected > 0 ? ", rejected " + rejected + " row(s)" : "") + ".",
                    Map.of(), null, theory.rejections(answer, mapped.rows()));
            return Response.ok(Templates.results(page(scope, null, outcome, Map.of()))).build();
        } catch (ApiException e) {
            return refused(scope, Outcome.refused("theory", e.problem()), Map.of(), e.status());
        }
    }

    @GET
    @Path("audit")
    public TemplateInstance audit(@PathParam("c") String competition, @PathParam("e") String event, @QueryParam("round") String round,
                                  @QueryParam("entryId") String entryId) {
        signedIn.require(Role.CHIEF_JUDGE);
        Scope scope = new Scope(competition, event, round);
        Assignment assignment = headed(scope);
        String entry = entryId == null || entryId.isBlank() ? null : entryId;
        return Templates.audit(assignment, Stations.of(scoring.stations(scope)), entry, AuditTrail.of(scoring.audit(scope, entry)));
    }

    private ResultsPage page(Scope scope, String notice, Outcome outcome, Map<String, String> form) {
        Assignment assignment = headed(scope);
        Stations stations = Stations.of(scoring.stations(scope));
        Progress progress = Progress.of(scoring.progress(scope));
        ResultsBoard board = ResultsBoard.of(scoring.results(scope), stations.byEntry(), assignment.modules(), progress.panel(),
                JudgeMarks.of(scoring.audit(scope, null)));
        return new ResultsPage(assignment, board, progress, stations, notice, outcome, form, UUID.randomUUID().toString());
    }

    /** The event as its chief judge's assignment; someone else's event is refused here as scoring would. */
    private Assignment headed(Scope scope) {
        return scoring.assignment(scope).filter(Assignment::chiefJudge).map(names::named).orElseThrow(() -> new ApiException(new Problem(null,
                "不是裁判长 Not the chief judge", 403, "您不是此赛项的裁判长 You are not the chief judge of " + scope.label(), List.of())));
    }

    private Response refused(Scope scope, Outcome outcome, Map<String, String> form, int status) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(Templates.results(page(scope, null, outcome, form))).build();
    }

    /** After a change, back to the page (a reload does not send the form again), saying what was done. */
    private static Response done(Scope scope, String what, Integer version, Integer station, String module) {
        StringBuilder to = new StringBuilder(scope.base()).append("/results").append(scope.query()).append(scope.round() == null ? "?" : "&")
                .append("done=").append(what);
        if (version != null) {
            to.append("&version=").append(version);
        }
        if (station != null) {
            to.append("&station=").append(station);
        }
        if (module != null) {
            to.append("&module=").append(URLEncoder.encode(module, StandardCharsets.UTF_8));
        }
        return Response.seeOther(URI.create(to.toString())).build();
    }

    private static String notice(String done, Integer version, Integer station, String module) {
        if (done == null) {
            return null;
        }
        String at = station == null ? "" : "工位 " + station + " ";
        String atEn = station == null ? "" : "station " + station + ", ";
        return switch (done) {
            case "lock" -> "已锁定：成绩第 " + version + " 版已发布，排名随后更新。Locked: results version " + version + " published; the ranking follows.";
            case "flag" -> "已接受超差 " + at + module + " Flag accepted: " + atEn + module + ".";
            case "correction" -> "已更正 " + at + module + "：成绩第 " + version + " 版已发布。Corrected " + atEn + module
                    + ": results version " + version + " published.";
            case "disqualification" -> "已取消资格 " + at + (version == null ? "" : "（成绩第 " + version + " 版）") + " Disqualified " + atEn
                    + (version == null ? "before the lock." : "results version " + version + " published.");
            default -> null;
        };
    }

    private Integer station(Scope scope, String entryId) {
        try {
            return Stations.of(scoring.stations(scope)).of(UUID.fromString(entryId));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String value(String text) {
        return text == null ? "" : text;
    }
}
