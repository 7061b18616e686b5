package org.skillscontest.ranking.api;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.skillscontest.platform.publicview.PublicAnswers;
import org.skillscontest.platform.text.Code;
import org.skillscontest.ranking.service.Results;
import org.skillscontest.ranking.service.RoundResults;

/**
 * The public results page (成绩公示) of a competition, server-rendered for people, readable on a phone.
 * Its content is kept at the competition's revision, which is also its ETag: a matching If-None-Match
 * gets 304, and any cache may keep the page for a short while.
 */
@Path("/results/{c}")
@PermitAll
public class ResultsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(Results.Announcement announcement, List<RoundResults.Section> rounds);
    }

    private final Results results;
    private final PublicAnswers answers;

    public ResultsPage(Results results, PublicAnswers answers) {
        this.results = results;
        this.answers = answers;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@PathParam("c") @Code String competition, @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Size(max = 1000) String ifNoneMatch) {
        long revision = results.revision(competition);
        return answers.publicly("results-page", revision, ifNoneMatch, () -> {
            Results.ResultsPage page = results.page(competition, revision);
            return Templates.page(page.announcement(), page.rounds()).render();
        }).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }
}
