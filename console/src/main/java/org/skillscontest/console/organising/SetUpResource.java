package org.skillscontest.console.organising;

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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.skillscontest.console.backend.Paging;
import org.skillscontest.console.backend.ApiException;
import org.skillscontest.console.backend.Registration.Competition;
import org.skillscontest.console.backend.RegistrationApi;
import org.skillscontest.console.signin.Role;
import org.skillscontest.console.signin.SignedIn;

/**
 * Setting up through forms: a federation, a competition, an event in a competition. Each form posts to
 * the console, which sends the request to registration as the organiser; a refusal comes back onto the
 * form, each of the service's field errors beside the input it names, with everything typed kept.
 */
@Path("/organising")
@Produces(MediaType.TEXT_HTML)
public class SetUpResource {

    /** A select's choice: the value sent and what people read. */
    public record Option(String value, String label) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance federationForm(Form form);

        static native TemplateInstance competitionForm(Form form, List<Option> feeds, String feedsProblem);

        static native TemplateInstance eventForm(Competition competition, Form form, List<Option> targets, String targetsProblem,
                                                int next);

        static native TemplateInstance eventForm$moduleRow(Form form, int row);

        static native TemplateInstance eventForm$addModule(int next);
    }

    private final SignedIn signedIn;
    private final RegistrationApi registration;

    SetUpResource(SignedIn signedIn, @RestClient RegistrationApi registration) {
        this.signedIn = signedIn;
        this.registration = registration;
    }

    // --- federation

    @GET
    @Path("federations/new")
    public TemplateInstance newFederation() {
        signedIn.require(Role.ORGANIZER);
        return Templates.federationForm(Form.of(blank(NewFederation.INPUTS)));
    }

    @POST
    @Path("federations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createFederation(MultivaluedMap<String, String> params) {
        signedIn.require(Role.ORGANIZER);
        Form form = typed(params);
        return send(() -> registration.createFederation(NewFederation.request(form)),
                created -> UriBuilder.fromPath("/organising").queryParam("created", "federation")
                        .queryParam("code", form.value("code")).build(),
                form, NewFederation::inputOf, Templates::federationForm);
    }

    // --- competition

    @GET
    @Path("competitions/new")
    public TemplateInstance newCompetition() {
        signedIn.require(Role.ORGANIZER);
        Map<String, String> values = blank(NewCompetition.INPUTS);
        values.put("level", "CITY");
        values.put("edition", "1");
        values.put("year", String.valueOf(LocalDate.now(Typed.CHINA).getYear()));
        values.put("publicityDays", "5");
        return competitionForm(Form.of(values));
    }

    @POST
    @Path("competitions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createCompetition(MultivaluedMap<String, String> params) {
        signedIn.require(Role.ORGANIZER);
        Form form = typed(params);
        return send(() -> registration.createCompetition(NewCompetition.request(form)),
                created -> UriBuilder.fromPath("/organising").queryParam("created", "competition")
                        .queryParam("code", form.value("code")).build(),
                form, NewCompetition::inputOf, this::competitionForm);
    }

    /** The competitions one can feed: provincial and national ones (a city competition is never fed). */
    private TemplateInstance competitionForm(Form form) {
        Fetched<List<Competition>> all = Fetched.of(() -> registration.competitions(0, OrganisingResource.LISTED).items());
        List<Option> feeds = all.ok() ? all.value().stream().filter(c -> !"CITY".equals(c.level()))
                .map(c -> new Option(c.code(), c.levelLabel() + " · " + c.name() + " (" + c.code() + ")")).toList() : List.of();
        return Templates.competitionForm(form, feeds, all.problem());
    }

    // --- event

    @GET
    @Path("competitions/{c}/events/new")
    public TemplateInstance newEvent(@PathParam("c") String competition) {
        signedIn.require(Role.ORGANIZER);
        return eventForm(registration.competition(competition), NewEvent.blank(2));
    }

    @POST
    @Path("competitions/{c}/events")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createEvent(@PathParam("c") String code, MultivaluedMap<String, String> params) {
        signedIn.require(Role.ORGANIZER);
        Competition competition = registration.competition(code);
        Form form = typed(params);
        if (params.containsKey("add-module")) {
            // without script, 「添加模块」 posts the form: the same form comes back with one more row
            return Response.ok(eventForm(competition, form.withRow(NewEvent.MODULES, NewEvent.MODULE_INPUTS))).build();
        }
        return send(() -> registration.createEvent(code, NewEvent.request(form)),
                created -> UriBuilder.fromPath("/organising/events/{c}/{e}/panel").queryParam("created", "1")
                        .build(code, form.value("code")),
                form, field -> NewEvent.inputOf(field, form), refused -> eventForm(competition, refused),
                NewEvent.MODULES);
    }

    /** htmx: one more module row, and the button that adds the one after it. */
    @GET
    @Path("module-row")
    public String moduleRow(@QueryParam("row") int row) {
        signedIn.require(Role.ORGANIZER);
        int at = Math.max(0, Math.min(row, 99));
        return Templates.eventForm$moduleRow(Form.empty(), at).render() + Templates.eventForm$addModule(at + 1).render();
    }

    /** The events of the competition this one feeds: where this event's best may advance to. */
    private TemplateInstance eventForm(Competition competition, Form form) {
        List<Integer> rows = form.rows(NewEvent.MODULES);
        int next = rows.isEmpty() ? 0 : rows.get(rows.size() - 1) + 1;
        if (competition.feeds() == null) {
            return Templates.eventForm(competition, form, List.of(), null, next);
        }
        Fetched<List<Option>> targets = Fetched.of(() -> Paging.events(registration, competition.feeds()).stream()
                .map(e -> new Option(competition.feeds() + "/" + e.code(), e.name() + " · " + e.occupation() + " (" + e.code() + ")"))
                .toList());
        return Templates.eventForm(competition, form, targets.ok() ? targets.value() : List.of(), targets.problem(), next);
    }

    // --- the way every form is sent

    /**
     * Sends the request; on success, see the next page; on a refusal, the form again with the refusal on
     * its fields and the service's status (400 invalid, 409 taken, …); unreachable, the form with a note.
     */
    private static Response send(Supplier<Object> request, Function<Object, java.net.URI> next, Form form,
                                 Function<String, String> inputOf, Function<Form, TemplateInstance> page, String... groups) {
        try {
            return Response.seeOther(next.apply(request.get())).build();
        } catch (ApiException e) {
            if (e.status() == 401) {
                throw e;
            }
            int status = e.status() >= 500 ? 502 : e.status();
            return Response.status(status).entity(page.apply(form.refused(e.problem(), inputOf, groups))).build();
        } catch (ProcessingException e) {
            return Response.status(503).header("Retry-After", "5")
                    .entity(page.apply(form.withMessage("报名服务暂时无法访问，请稍后再试。Registration cannot be reached just now; try again shortly.")))
                    .build();
        }
    }

    /** The form as posted: the first value of each input. */
    static Form typed(MultivaluedMap<String, String> params) {
        Map<String, String> values = new LinkedHashMap<>();
        params.forEach((name, list) -> {
            if (!name.equals("add-module")) {
                values.put(name, list.isEmpty() ? "" : list.get(0));
            }
        });
        return Form.of(values);
    }

    private static Map<String, String> blank(List<String> inputs) {
        Map<String, String> values = new LinkedHashMap<>();
        inputs.forEach(name -> values.put(name, ""));
        return values;
    }
}
