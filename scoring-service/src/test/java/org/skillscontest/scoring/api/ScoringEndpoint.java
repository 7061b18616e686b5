package org.skillscontest.scoring.api;

import static io.restassured.RestAssured.given;
import static org.skillscontest.scoring.api.MarkedContest.JUDGE;
import static org.skillscontest.scoring.api.MarkedContest.LOCKED;
import static org.skillscontest.scoring.api.MarkedContest.MARKING;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.function.Function;

/**
 * Every endpoint of {@link ScoringResource}: its method and path under {@code /api/v1/events/{c}/{e}/} (or from
 * the root, for an endpoint of no one event),
 * the {@link MarkedContest} event it is tried on, its rightful caller there, and a valid body. Adding an
 * endpoint to the resource is one line here, and its cases in the tests that try every endpoint.
 */
enum ScoringEndpoint {
    PANEL("PUT", "panel", MARKING, Who.ORGANIZER, true,
            w -> Map.of("chiefJudge", w.chiefOf(MARKING), "modules", MarkedContest.MARKING_PANEL)),
    MARKS("POST", "marks", MARKING, Who.JUDGE, true, w -> MarkedContest.mark(w.unmarked, "route", 80)),
    THEORY("POST", "theory", MARKING, Who.CHIEF, true,
            w -> MarkedContest.scores(MarkedContest.object("entryId", w.unmarked, "score", 88))),
    /** Never repeated by its rightful caller in the tests: the lock ends the marking. */
    LOCK("POST", "lock", MARKING, Who.CHIEF, false, null),
    CORRECTIONS("POST", "corrections", LOCKED, Who.CHIEF, true, w -> MarkedContest.correction(w.lockedEntry, "route", JUDGE, 82)),
    FLAG_ACCEPTANCE("POST", "flags/acceptance", MARKING, Who.CHIEF, true, w -> MarkedContest.acceptance(w.flagged, "route")),
    /** Never repeated by its rightful caller in the tests: an entrant is disqualified once. */
    DISQUALIFY("POST", "disqualifications", MARKING, Who.CHIEF, false, w -> MarkedContest.disqualification(w.unmarked)),
    AUDIT("GET", "audit", MARKING, Who.ORGANIZER, false, null),
    STATIONS("GET", "stations", MARKING, Who.ORGANIZER, false, null),
    RESULTS("GET", "results", MARKING, Who.ORGANIZER, false, null),
    PROGRESS("GET", "progress", MARKING, Who.ORGANIZER, false, null),
    /** Not of one event: the caller's own rounds. */
    ASSIGNMENTS("GET", "/api/v1/assignments", MARKING, Who.JUDGE, false, null);

    final String method;
    final String path;
    final String event;
    final Who rightful;
    /** A write its rightful caller may repeat, to show that a refused request stored nothing half-way. */
    final boolean repeatable;
    final Function<MarkedContest, Object> validBody;

    ScoringEndpoint(String method, String path, String event, Who rightful, boolean repeatable, Function<MarkedContest, Object> validBody) {
        this.method = method;
        this.path = path;
        this.event = event;
        this.rightful = rightful;
        this.repeatable = repeatable;
        this.validBody = validBody;
    }

    Response call(MarkedContest world, String event, String token, Object body) {
        return call(world, event, "", token, body);
    }

    /** Calls the endpoint on the event with the query, token (none if null) and body (a String is sent as it is). */
    Response call(MarkedContest world, String event, String query, String token, Object body) {
        RequestSpecification request = given();
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (body != null) {
            request.contentType(ContentType.JSON).body(body);
        }
        return request.request(method, (path.startsWith("/") ? path : world.contest.path(event, path)) + query);
    }
}
