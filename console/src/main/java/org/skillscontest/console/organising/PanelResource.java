package org.skillscontest.console.organising;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.skillscontest.console.backend.Paging;
import org.skillscontest.console.backend.ApiException;
import org.skillscontest.console.backend.Registration.Event;
import org.skillscontest.console.backend.Registration.Module;
import org.skillscontest.console.backend.RegistrationApi;
import org.skillscontest.console.backend.ScoringApi;
import org.skillscontest.console.signin.Role;
import org.skillscontest.console.signin.SignedIn;

/**
 * The judge panel of an event (裁判组): the chief judge and the judges of each practical module, set on
 * scoring. Scoring learns of a new event from registration over Kafka, a moment after it is created:
 * until then it answers 404, and the page says so and keeps what was typed, to be sent again.
 */
@Path("/organising/events/{c}/{e}/panel")
@Produces(MediaType.TEXT_HTML)
public class PanelResource {

    static final String NOT_YET = "评分服务还没有收到这个赛项（新赛项经 Kafka 传给评分服务，通常只需几秒钟），请稍后再提交一次。"
            + " Scoring has not heard of this event yet (a new event reaches it over Kafka, usually within seconds): submit again in a moment.";

    /** A module as the form names it: its maximum as written ({@code 60}, not {@code 60.0}). */
    public record ModuleLine(String code, String name, String maxMark) {

        static List<ModuleLine> of(Event event) {
            return event.scoring().modules().stream().map(m -> new ModuleLine(m.code(), m.name(),
                    java.math.BigDecimal.valueOf(m.maxMark()).stripTrailingZeros().toPlainString())).toList();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance panel(Event event, List<ModuleLine> modules, Form form, boolean created, boolean saved,
                                             boolean waiting);
    }

    private final SignedIn signedIn;
    private final RegistrationApi registration;
    private final ScoringApi scoring;

    PanelResource(SignedIn signedIn, @RestClient RegistrationApi registration, @RestClient ScoringApi scoring) {
        this.signedIn = signedIn;
        this.registration = registration;
        this.scoring = scoring;
    }

    /**
     * The form, filled with the panel scoring has now: its progress lists each module's judges. Scoring
     * has no read of the chief judge, so the one just saved comes back in the address ({@code chief}).
     */
    @GET
    public TemplateInstance form(@PathParam("c") String competition, @PathParam("e") String code,
                                 @QueryParam("created") boolean created, @QueryParam("saved") boolean saved,
                                 @QueryParam("chief") String chief) {
        signedIn.require(Role.ORGANIZER);
        Event event = event(competition, code);
        Fetched<JsonNode> progress = Fetched.of(() -> scoring.progress(competition, code));
        Map<String, List<String>> judges = new LinkedHashMap<>();
        if (progress.ok()) {
            progress.value().path("judges").forEach(j ->
                    judges.computeIfAbsent(j.path("module").asText(), k -> new ArrayList<>()).add(j.path("judge").asText()));
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("chiefJudge", chief == null ? "" : chief);
        for (Module m : event.scoring().modules()) {
            values.put("modules." + m.code(), PanelAssignment.lines(judges.getOrDefault(m.code(), List.of())));
        }
        return Templates.panel(event, ModuleLine.of(event), Form.of(values), created, saved, progress.missing());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assign(@PathParam("c") String competition, @PathParam("e") String code, MultivaluedMap<String, String> params) {
        signedIn.require(Role.ORGANIZER);
        Event event = event(competition, code);
        Form form = SetUpResource.typed(params);
        List<String> modules = event.scoring().modules().stream().map(Module::code).toList();
        try {
            scoring.panel(competition, code, PanelAssignment.request(form, modules));
            return Response.seeOther(UriBuilder.fromPath("/organising/events/{c}/{e}/panel").queryParam("saved", "true")
                    .queryParam("chief", form.value("chiefJudge")).build(competition, code)).build();
        } catch (ApiException e) {
            if (e.status() == 401) {
                throw e;
            }
            if (e.status() == 404) {
                return Response.status(503).header("Retry-After", "3")
                        .entity(Templates.panel(event, ModuleLine.of(event), form.withMessage(NOT_YET), false, false, true)).build();
            }
            return Response.status(e.status() >= 500 ? 502 : e.status())
                    .entity(Templates.panel(event, ModuleLine.of(event), form.refused(e.problem(), PanelAssignment::inputOf), false, false,
                            false)).build();
        } catch (ProcessingException e) {
            return Response.status(503).header("Retry-After", "5").entity(Templates.panel(event, ModuleLine.of(event),
                    form.withMessage("评分服务暂时无法访问，请稍后再试。Scoring cannot be reached just now."), false, false, false)).build();
        }
    }

    private Event event(String competition, String code) {
        return Paging.events(registration, competition).stream().filter(e -> e.code().equals(code)).findFirst()
                .orElseThrow(() -> Pages.notFound("没有这个赛项 No event " + code + " in " + competition));
    }
}
