package org.skillscontest.console.federation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.skillscontest.console.backend.Paging;
import org.skillscontest.console.backend.ApiException;
import org.skillscontest.console.backend.Page;
import org.skillscontest.console.backend.Registration.Competition;
import org.skillscontest.console.backend.Registration.Entry;
import org.skillscontest.console.backend.Registration.Event;
import org.skillscontest.console.backend.Registration.Withdrawal;
import org.skillscontest.console.backend.RegistrationApi;
import org.skillscontest.console.signin.ConsoleUser;
import org.skillscontest.console.signin.SignedIn;

/**
 * A federation's entrants in one event: paged, searchable (name, last four of the ID number, entry
 * id), and withdrawn one by one with a reason. With htmx the withdrawal replaces its own row.
 */
@Path("/federation/competitions/{c}/events/{e}/entrants")
@Produces(MediaType.TEXT_HTML)
public class EntrantsResource {

    static final int PAGE_SIZE = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance entrants(ConsoleUser user, Competition competition, Event event, String q,
                                                String qQuery, Page<Entrant> entrants, String withdrawn);

        /** One row of the list, the htmx answer to a withdrawal. */
        static native TemplateInstance entrants$row(Competition competition, Event event, Entrant entrant);
    }

    /** An entry as the list shows it; {@code error} says why a withdrawal was refused. */
    public record Entrant(Entry entry, String error) {

        public boolean withdrawable() {
            return !entry.withdrawn();
        }

        public String gender() {
            return FederationViews.genderLabel(entry.gender());
        }

        public String status() {
            return FederationViews.statusLabel(entry.status());
        }

        public String registeredAt() {
            return FederationViews.chinaTime(entry.registeredAt());
        }
    }

    private final SignedIn signedIn;
    private final RegistrationApi registration;

    EntrantsResource(SignedIn signedIn, @RestClient RegistrationApi registration) {
        this.signedIn = signedIn;
        this.registration = registration;
    }

    @GET
    public TemplateInstance list(@PathParam("c") String c, @PathParam("e") String e, @QueryParam("q") String q,
                                 @QueryParam("page") @DefaultValue("0") int page, @QueryParam("withdrawn") String withdrawn) {
        ConsoleUser user = FederationResource.federationStaff(signedIn);
        String search = q == null || q.isBlank() ? null : q.strip();
        if (search != null && search.length() > 64) {
            search = search.substring(0, 64);
        }
        Page<Entry> found = registration.entries(c, e, search, Math.max(0, page), PAGE_SIZE);
        Page<Entrant> entrants = new Page<>(found.items().stream().map(x -> new Entrant(x, null)).toList(),
                found.page(), found.size(), found.total());
        return Templates.entrants(user, registration.competition(c), event(c, e), search, query(search), entrants, withdrawn);
    }

    /**
     * Withdraws one entry with the reason given. htmx gets the entry's row back, now withdrawn (or with
     * the service's reason for refusing); a plain form post goes back to the list showing that entry.
     */
    @POST
    @Path("{entryId}/withdrawal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@PathParam("c") String c, @PathParam("e") String e, @PathParam("entryId") UUID entryId,
                             @FormParam("reason") String reason, @HeaderParam("HX-Request") String htmx) {
        FederationResource.federationStaff(signedIn);
        String error = null;
        if (reason == null || reason.isBlank()) {
            error = "请填写撤回原因 Give the reason for the withdrawal.";
        } else if (reason.strip().length() > 500) {
            error = "原因太长（最多 500 字）The reason is too long (500 characters at most).";
        } else {
            try {
                registration.withdraw(entryId, new Withdrawal(reason.strip()));
            } catch (ApiException refused) {
                error = refused.problem().errors().isEmpty() ? refused.problem().summary()
                        : refused.problem().errors().get(0).message();
                error = "未能撤回 Not withdrawn: " + error;
            }
        }
        if (htmx == null && error == null) {
            return Response.seeOther(UriBuilder.fromPath("/federation/competitions/{c}/events/{e}/entrants")
                    .queryParam("q", entryId).queryParam("withdrawn", entryId).build(c, e)).build();
        }
        Entry entry = registration.entries(c, e, entryId.toString(), 0, 1).items().stream()
                .filter(x -> x.entryId().equals(entryId)).findFirst()
                .orElseThrow(() -> new NotFoundException("entry " + entryId));
        Entrant entrant = new Entrant(entry, error);
        if (htmx == null) {
            return Response.ok(Templates.entrants(FederationResource.federationStaff(signedIn), registration.competition(c),
                    event(c, e), entryId.toString(), query(entryId.toString()), new Page<>(List.of(entrant), 0, PAGE_SIZE, 1),
                    null)).build();
        }
        return Response.ok(Templates.entrants$row(registration.competition(c), event(c, e), entrant)).build();
    }

    /** The search as it goes on the pager's links. */
    private static String query(String search) {
        return search == null ? "" : "&q=" + URLEncoder.encode(search, StandardCharsets.UTF_8);
    }

    private Event event(String competition, String code) {
        return Paging.events(registration, competition).stream().filter(ev -> ev.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("event " + code + " of " + competition));
    }
}
