package org.skillscontest.console.organising;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.skillscontest.console.backend.Paging;
import org.skillscontest.console.backend.RankingApi;
import org.skillscontest.console.backend.Registration.Competition;
import org.skillscontest.console.backend.RegistrationApi;
import org.skillscontest.console.backend.ScoringApi;
import org.skillscontest.console.signin.ConsoleUser;
import org.skillscontest.console.signin.Role;
import org.skillscontest.console.signin.SignedIn;

/** Progress per event of a competition: entries, marks per judge, locked, ranked. Read-only: organisers and auditors. */
@Path("/organising/competitions/{c}/progress")
@Produces(MediaType.TEXT_HTML)
public class ProgressResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance progress(ConsoleUser user, String code, Fetched<Competition> competition,
                                                Fetched<List<EventProgress>> events);
    }

    private final SignedIn signedIn;
    private final RegistrationApi registration;
    private final ScoringApi scoring;
    private final RankingApi ranking;

    ProgressResource(SignedIn signedIn, @RestClient RegistrationApi registration, @RestClient ScoringApi scoring,
                     @RestClient RankingApi ranking) {
        this.signedIn = signedIn;
        this.registration = registration;
        this.scoring = scoring;
        this.ranking = ranking;
    }

    @GET
    public TemplateInstance progress(@PathParam("c") String code) {
        ConsoleUser user = signedIn.require(Role.ORGANIZER, Role.AUDITOR);
        Fetched<Competition> competition = Fetched.of(() -> registration.competition(code));
        if (competition.missing()) {
            throw Pages.notFound("没有这个竞赛 No competition " + code);
        }
        Fetched<List<EventProgress>> events = Fetched.of(() -> Paging.events(registration, code).stream()
                .map(e -> new EventProgress(e.code(), e.name(),
                        Fetched.of(() -> registration.entries(code, e.code(), null, 0, 1).total()),
                        Fetched.of(() -> EventProgress.Marking.of(scoring.progress(code, e.code()))),
                        Fetched.of(() -> EventProgress.Ranked.of(ranking.ranking(code, e.code(), 0, 1)))))
                .toList());
        return Templates.progress(user, code, competition, events);
    }
}
