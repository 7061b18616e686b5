package org.skillscontest.console.organising;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.skillscontest.console.backend.Paging;
import org.skillscontest.console.backend.Page;
import org.skillscontest.console.backend.Registration.Competition;
import org.skillscontest.console.backend.Registration.Event;
import org.skillscontest.console.backend.Registration.Federation;
import org.skillscontest.console.backend.RegistrationApi;
import org.skillscontest.console.signin.ConsoleUser;
import org.skillscontest.console.signin.Role;
import org.skillscontest.console.signin.SignedIn;

/**
 * The organiser's start page: federations, competitions and their events at a glance, with the way to
 * each event's panel, each competition's progress and statistics. Auditors see the same, without the
 * ways to create or change anything.
 */
@Path("/organising")
@Produces(MediaType.TEXT_HTML)
public class OrganisingResource {

    /** As many as one page of the listing gives; a province has some hundreds of federations at most. */
    static final int LISTED = 500;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(ConsoleUser user, Fetched<Page<Federation>> federations,
                                                Fetched<Page<Competition>> competitions, List<CompetitionOverview> overviews,
                                                String created, String code);
    }

    /** A competition with its events (or why they could not be read). */
    public record CompetitionOverview(Competition competition, Fetched<List<Event>> events) {

        public String closes() {
            return ChinaTimes.shown(competition.registrationClosesAt());
        }
    }

    private final SignedIn signedIn;
    private final RegistrationApi registration;

    OrganisingResource(SignedIn signedIn, @RestClient RegistrationApi registration) {
        this.signedIn = signedIn;
        this.registration = registration;
    }

    @GET
    public TemplateInstance overview(@QueryParam("created") String created, @QueryParam("code") String code) {
        ConsoleUser user = signedIn.require(Role.ORGANIZER, Role.AUDITOR);
        Fetched<Page<Federation>> federations = Fetched.of(() -> registration.federations(0, LISTED));
        Fetched<Page<Competition>> competitions = Fetched.of(() -> registration.competitions(0, LISTED));
        List<CompetitionOverview> overviews = competitions.ok()
                ? competitions.value().items().stream()
                        .map(c -> new CompetitionOverview(c, Fetched.of(() -> Paging.events(registration, c.code())))).toList()
                : List.of();
        return Templates.overview(user, federations, competitions, overviews, created, code);
    }
}
