package org.skillscontest.registration.api;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.skillscontest.platform.publicview.PublicAnswers;
import org.skillscontest.platform.security.Caller;
import org.skillscontest.platform.security.Roles;
import org.skillscontest.platform.text.Code;
import org.skillscontest.registration.service.SeriesStatisticsView;
import org.skillscontest.registration.service.Statistics;

@Path("/api/v1/series/{s}/statistics")
public class SeriesResource {

    private final Statistics statistics;
    private final PublicAnswers answers;
    private final Caller caller;

    public SeriesResource(Statistics statistics, PublicAnswers answers, Caller caller) {
        this.statistics = statistics;
        this.answers = answers;
        this.caller = caller;
    }

    /**
     * Every edition of a series; the public sees the editions whose results are published, as kept at the
     * series' revision (its ETag; 304 to a matching If-None-Match); organisers and auditors all, afresh.
     */
    @GET
    @PermitAll
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SeriesStatisticsView.class)))
    public Response statistics(@PathParam("s") @Code String series, @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Size(max = 1000) String ifNoneMatch) {
        if (caller.hasRole(Roles.ORGANIZER) || caller.hasRole(Roles.AUDITOR)) {
            return answers.privately(statistics.ofSeries(series, false))
                    .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION).build();
        }
        long revision = statistics.seriesRevision(series);
        return answers.publicly("series-statistics", revision, ifNoneMatch, () -> statistics.publishedSeries(series, revision))
                .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION).build();
    }
}
