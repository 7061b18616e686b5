package org.skillscontest.registration.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.skillscontest.platform.security.Caller;
import org.skillscontest.platform.security.Roles;
import org.skillscontest.registration.service.Statistics;
import org.skillscontest.registration.service.SeriesStatisticsView;
import org.skillscontest.platform.text.Code;

@Path("/api/v1/series/{s}/statistics")
public class SeriesResource {

    private final Statistics statistics;
    private final Caller caller;

    public SeriesResource(Statistics statistics, Caller caller) {
        this.statistics = statistics;
        this.caller = caller;
    }

    /** Every edition of a series; the public sees the editions whose results are published. */
    @GET
    @PermitAll
    public SeriesStatisticsView statistics(@PathParam("s") @Code String series) {
        return statistics.ofSeries(series, !(caller.hasRole(Roles.ORGANIZER) || caller.hasRole(Roles.AUDITOR)));
    }
}
