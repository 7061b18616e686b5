package org.skillscontest.ranking.api;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.skillscontest.ranking.service.Results;

/** The public results page (成绩公示) of a competition, server-rendered for people, readable on a phone. */
@Path("/results/{c}")
@PermitAll
public class ResultsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(Results.Announcement announcement);
    }

    private final Results results;

    public ResultsPage(Results results) {
        this.results = results;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@PathParam("c") String competition) {
        return Templates.page(results.announcement(competition));
    }

    /** Labels for people, in Chinese. */
    public static String award(org.skillscontest.contracts.Award award) {
        return award == null ? "" : switch (award) {
            case GOLD -> "金奖";
            case SILVER -> "银奖";
            case BRONZE -> "铜奖";
            case EXCELLENCE -> "优胜奖";
        };
    }

    public static String level(org.skillscontest.contracts.Level level) {
        return level == null ? "" : switch (level) {
            case CITY -> "市级";
            case PROVINCIAL -> "省级";
            case NATIONAL -> "全国";
        };
    }
}
