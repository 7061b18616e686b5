package org.skillscontest.ranking.api;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.skillscontest.ranking.service.Results;
import org.skillscontest.ranking.service.RoundResults;
import org.skillscontest.platform.text.Code;

/** The public results page (成绩公示) of a competition, server-rendered for people, readable on a phone. */
@Path("/results/{c}")
@PermitAll
public class ResultsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(Results.Announcement announcement, List<RoundResults.Section> rounds);
    }

    private final Results results;
    private final RoundResults rounds;

    public ResultsPage(Results results, RoundResults rounds) {
        this.results = results;
        this.rounds = rounds;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@PathParam("c") @Code String competition) {
        return Templates.page(results.announcement(competition), rounds.sections(competition));
    }
}
