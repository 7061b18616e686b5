package org.skillscontest.console.judging;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.skillscontest.console.backend.ApiException;
import org.skillscontest.console.backend.Problem;
import org.skillscontest.console.signin.ConsoleUser;
import org.skillscontest.console.signin.Role;
import org.skillscontest.console.signin.SignedIn;

/**
 * Judges (裁判): their events and modules, and a marking page per module built for a tablet: stations by
 * number only (blind marking), one large mark field each, checked against the module's maximum before the
 * batch goes to scoring in one request, and each station's answer shown back in place (htmx).
 */
@Path("/judging")
@Produces(MediaType.TEXT_HTML)
public class MarkingResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance assignments(ConsoleUser user, List<Assignment> assignments);

        static native TemplateInstance marking(Assignment assignment, Assignment.Module module, List<MarkingSheet.Row> rows,
                                               String notice, boolean failed);

        static native TemplateInstance marking$table(Assignment assignment, Assignment.Module module, List<MarkingSheet.Row> rows,
                                                     String notice, boolean failed);
    }

    private final SignedIn signedIn;
    private final EventScoring scoring;
    private final EventNames names;

    MarkingResource(SignedIn signedIn, EventScoring scoring, EventNames names) {
        this.signedIn = signedIn;
        this.scoring = scoring;
        this.names = names;
    }

    @GET
    public TemplateInstance assignments() {
        ConsoleUser user = signedIn.require(Role.JUDGE, Role.CHIEF_JUDGE);
        return Templates.assignments(user, names.named(scoring.assignments()));
    }

    @GET
    @Path("{c}/{e}/modules/{m}")
    public TemplateInstance marking(@PathParam("c") String competition, @PathParam("e") String event, @PathParam("m") String module,
                                    @QueryParam("round") String round) {
        signedIn.require(Role.JUDGE);
        Assignment assignment = names.named(judged(new Scope(competition, event, round)));
        Assignment.Module marked = module(assignment, module);
        List<MarkingSheet.Row> rows = assignment.locked() ? List.of()
                : MarkingSheet.empty(Stations.of(scoring.stations(assignment.scope())).numbers());
        return Templates.marking(assignment, marked, rows, null, false);
    }

    /**
     * One batch of marks. Any mark out of range: nothing is sent and the lines come back with the errors
     * beside their fields (the browser refuses them first; this holds without its script). Otherwise one
     * {@code POST …/marks} by station, and each line shows what scoring did with it.
     */
    @POST
    @Path("{c}/{e}/modules/{m}/marks")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance mark(@PathParam("c") String competition, @PathParam("e") String event, @PathParam("m") String module,
                                 @QueryParam("round") String round, @HeaderParam("HX-Request") String htmx,
                                 @RestForm("station") List<Integer> stations, @RestForm("mark") List<String> marks,
                                 @RestForm("minutes") List<String> minutes, @RestForm("seconds") List<String> seconds) {
        signedIn.require(Role.JUDGE);
        Assignment assignment = judged(new Scope(competition, event, round));
        Assignment.Module marked = module(assignment, module);
        List<MarkEntry> entries = new ArrayList<>();
        for (int i = 0; i < stations.size(); i++) {
            entries.add(new MarkEntry(stations.get(i), at(marks, i), at(minutes, i), at(seconds, i)));
        }
        MarkingSheet sheet = MarkingSheet.of(marked.code(), marked.maxMark(), entries);
        List<MarkingSheet.Row> rows;
        String notice;
        boolean failed;
        if (sheet.refused()) {
            rows = sheet.rows();
            notice = sheet.errors() + " 个分数有误，未发送 " + sheet.errors() + " mark(s) to fix: nothing was sent.";
            failed = true;
        } else if (sheet.nothingToSend()) {
            rows = sheet.rows();
            notice = "没有要发送的分数 No marks typed: nothing was sent.";
            failed = true;
        } else {
            try {
                var answer = scoring.marks(assignment.scope(), sheet.request());
                rows = sheet.answered(answer);
                int accepted = answer.path("accepted").asInt();
                int rejected = answer.path("rejected").asInt();
                notice = "已保存 " + accepted + " 个" + (rejected > 0 ? "，被拒 " + rejected + " 个" : "") + " Saved " + accepted
                        + (rejected > 0 ? ", rejected " + rejected : "") + ".";
                failed = rejected > 0;
            } catch (ApiException e) {
                // the whole batch refused (the event locked meanwhile, say): nothing saved
                rows = sheet.rows();
                notice = "未保存 Nothing saved: " + e.problem().summary();
                failed = true;
            }
        }
        return (htmx != null ? Templates.marking$table(assignment, marked, rows, notice, failed)
                : Templates.marking(names.named(assignment), marked, rows, notice, failed));
    }

    /** The judge's assignment for this round, as a judge of a module (a chief judge's own is on the results page). */
    private Assignment judged(Scope scope) {
        return scoring.assignment(scope).filter(a -> !a.chiefJudge())
                .orElseThrow(() -> refused("您不是此赛项的裁判 You are not on this event's panel: " + scope.label()));
    }

    private static Assignment.Module module(Assignment assignment, String code) {
        return assignment.module(code).orElseThrow(() -> refused("您不在此模块的评分组 You do not mark module " + code + " of "
                + assignment.scope().label()));
    }

    private static ApiException refused(String detail) {
        return new ApiException(new Problem(null, "不在评分组 Not on the panel", 403, detail, List.of()));
    }

    private static String at(List<String> values, int i) {
        return values != null && i < values.size() ? values.get(i) : "";
    }
}
