package org.skillscontest.scoring.api;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.skillscontest.scoring.api.ScoringEndpoint.*;
import static org.skillscontest.scoring.api.Who.*;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.skillscontest.testing.EndpointAuth;
import org.skillscontest.testing.EndpointAuth.Case;
import org.skillscontest.testing.ServiceInfrastructure;

/**
 * Every scoring endpoint against every kind of caller it must refuse: no token, a bad token, the wrong
 * role, a judge off the panel or of another module, the chief judge of another event. Each refusal is
 * problem+json and changes nothing (both events' rows, results and audit trail are as before); a
 * refused write then succeeds for its rightful caller, so nothing of it was half-stored.
 */
@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
class EveryEndpointAuthTest {

    /** Not one of these is a token: 401, whatever the token claims. */
    static final List<Who> INVALID_TOKENS = List.of(EXPIRED, WRONG_ISSUER, FOREIGN_KEY, GARBAGE, UNSIGNED, WRONG_AUDIENCE,
            TOO_LONG_LIVED, ISSUED_IN_THE_FUTURE);

    @Inject
    DataSource db;

    static List<Case<ScoringEndpoint, Who>> cases() {
        List<Case<ScoringEndpoint, Who>> cases = new ArrayList<>(List.of(
                // the panel: organisers only
                new Case<>(PANEL, NONE, 401),
                new Case<>(PANEL, AUDITOR, 403),
                new Case<>(PANEL, FEDERATION, 403),
                new Case<>(PANEL, JUDGE, 403),
                new Case<>(PANEL, CHIEF, 403),
                new Case<>(PANEL, OTHER_CHIEF, 403),
                // marks: judges only, and of a module only the judges on its panel (per row: the batch answers 200)
                new Case<>(MARKS, NONE, 401),
                new Case<>(MARKS, ORGANIZER, 403),
                new Case<>(MARKS, AUDITOR, 403),
                new Case<>(MARKS, FEDERATION, 403),
                new Case<>(MARKS, CHIEF, 403),
                new Case<>(MARKS, OFF_PANEL_JUDGE, 200, notOnPanel()),
                new Case<>(MARKS, SERVICE_JUDGE, 200, notOnPanel()),
                // theory: the event's chief judge or an organiser
                new Case<>(THEORY, NONE, 401),
                new Case<>(THEORY, AUDITOR, 403),
                new Case<>(THEORY, FEDERATION, 403),
                new Case<>(THEORY, JUDGE, 403),
                new Case<>(THEORY, OTHER_CHIEF, 403),
                // lock, corrections, flag acceptance (and disqualification, below): the event's chief judge only
                new Case<>(LOCK, NONE, 401),
                new Case<>(LOCK, ORGANIZER, 403),
                new Case<>(LOCK, AUDITOR, 403),
                new Case<>(LOCK, FEDERATION, 403),
                new Case<>(LOCK, JUDGE, 403),
                new Case<>(LOCK, OTHER_CHIEF, 403),
                new Case<>(CORRECTIONS, NONE, 401),
                new Case<>(CORRECTIONS, ORGANIZER, 403),
                new Case<>(CORRECTIONS, AUDITOR, 403),
                new Case<>(CORRECTIONS, FEDERATION, 403),
                new Case<>(CORRECTIONS, JUDGE, 403),
                new Case<>(CORRECTIONS, OTHER_CHIEF, 403),
                new Case<>(FLAG_ACCEPTANCE, NONE, 401),
                new Case<>(FLAG_ACCEPTANCE, ORGANIZER, 403),
                new Case<>(FLAG_ACCEPTANCE, AUDITOR, 403),
                new Case<>(FLAG_ACCEPTANCE, FEDERATION, 403),
                new Case<>(FLAG_ACCEPTANCE, JUDGE, 403),
                new Case<>(FLAG_ACCEPTANCE, OTHER_CHIEF, 403),
                // disqualification: the event's chief judge only
                new Case<>(DISQUALIFY, NONE, 401),
                new Case<>(DISQUALIFY, ORGANIZER, 403),
                new Case<>(DISQUALIFY, AUDITOR, 403),
                new Case<>(DISQUALIFY, FEDERATION, 403),
                new Case<>(DISQUALIFY, JUDGE, 403),
                new Case<>(DISQUALIFY, OTHER_CHIEF, 403),
                // the audit trail: organisers, auditors and the event's chief judge
                new Case<>(AUDIT, NONE, 401),
                new Case<>(AUDIT, FEDERATION, 403),
                new Case<>(AUDIT, JUDGE, 403),
                new Case<>(AUDIT, OTHER_CHIEF, 403),
                new Case<>(AUDIT, ORGANIZER, 200, r -> r.body("items.entryId", hasItems(world().flagged.toString()))),
                new Case<>(AUDIT, AUDITOR, 200, r -> r.body("items.entryId", hasItems(world().flagged.toString()))),
                new Case<>(AUDIT, CHIEF, 200, r -> r.body("items.entryId", hasItems(world().flagged.toString()))),
                // stations: judges of the panel see numbers only; the chief judge and organisers who is where
                new Case<>(STATIONS, NONE, 401),
                new Case<>(STATIONS, AUDITOR, 403),
                new Case<>(STATIONS, FEDERATION, 403),
                new Case<>(STATIONS, OFF_PANEL_JUDGE, 403),
                new Case<>(STATIONS, OTHER_CHIEF, 403),
                new Case<>(STATIONS, JUDGE, 200, blindStations()),
                new Case<>(STATIONS, SERVICE_JUDGE, 200, blindStations()),
                new Case<>(STATIONS, CHIEF, 200, r -> r.body("items.entryId", hasItems(activeEntries()))),
                new Case<>(STATIONS, ORGANIZER, 200, r -> r.body("items.entryId", hasItems(activeEntries()))),
                // results before publication: organisers and the event's chief judge
                new Case<>(RESULTS, NONE, 401),
                new Case<>(RESULTS, AUDITOR, 403),
                new Case<>(RESULTS, FEDERATION, 403),
                new Case<>(RESULTS, JUDGE, 403),
                new Case<>(RESULTS, OTHER_CHIEF, 403),
                new Case<>(RESULTS, ORGANIZER, 200, r -> r.body("entries.entryId", hasItems(activeEntries()))),
                new Case<>(RESULTS, CHIEF, 200, r -> r.body("entries.entryId", hasItems(activeEntries()))),
                // marking progress: organisers, auditors and the event's chief judge
                new Case<>(PROGRESS, NONE, 401),
                new Case<>(PROGRESS, FEDERATION, 403),
                new Case<>(PROGRESS, JUDGE, 403),
                new Case<>(PROGRESS, OTHER_CHIEF, 403),
                new Case<>(PROGRESS, ORGANIZER, 200, r -> r.body("entrants", equalTo(2))),
                new Case<>(PROGRESS, AUDITOR, 200, r -> r.body("entrants", equalTo(2))),
                new Case<>(PROGRESS, CHIEF, 200, r -> r.body("judges.judge", hasItems(MarkedContest.JUDGE, MarkedContest.SERVICE_JUDGE))),
                // a judge's own rounds: judges and chief judges, each sees where the token's subject sits
                new Case<>(ASSIGNMENTS, NONE, 401),
                new Case<>(ASSIGNMENTS, ORGANIZER, 403),
                new Case<>(ASSIGNMENTS, AUDITOR, 403),
                new Case<>(ASSIGNMENTS, FEDERATION, 403),
                new Case<>(ASSIGNMENTS, JUDGE, 200, r -> r.body("total", greaterThanOrEqualTo(2))),
                new Case<>(ASSIGNMENTS, CHIEF, 200, r -> r.body("items.event", contains(MarkedContest.MARKING))
                        .body("items[0].chiefJudge", equalTo(true)).body("items[0].modules.code", contains("route", "service"))),
                new Case<>(ASSIGNMENTS, OFF_PANEL_JUDGE, 200, r -> r.body("items.competition", not(hasItem(world().contest.competition))))));
        // a token that is expired, from another issuer, signed by an untrusted key, not a JWT or unsigned is no
        // token; a valid one without a role is entitled to nothing
        EndpointAuth.addForEvery(cases, ScoringEndpoint.values(), INVALID_TOKENS, endpoint -> 401);
        EndpointAuth.addForEvery(cases, ScoringEndpoint.values(), List.of(NO_ROLE), endpoint -> 403);
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusesWhatTheCallerMayNotDoAndChangesNothing(Case<ScoringEndpoint, Who> c) {
        MarkedContest w = world();
        ScoringEndpoint endpoint = c.endpoint();
        Object body = endpoint.validBody == null ? null : endpoint.validBody.apply(w);
        // a refused write was not half-done: its rightful caller then succeeds with the same body
        Runnable rightful = !endpoint.repeatable ? null : () -> endpoint.call(w, endpoint.event,
                endpoint.rightful.token(w, endpoint.event), body).then().statusCode(200)
                .body("rejected", anyOf(nullValue(), equalTo(0)));
        // reads and refused writes change nothing, on either event; a refusal names its problem type too
        EndpointAuth.check(c, () -> w.state(db), () -> {
            ValidatableResponse answer = endpoint.call(w, endpoint.event, c.who().token(w, endpoint.event), body).then();
            return c.status() >= 400 ? answer.statusCode(c.status()).body("type", notNullValue()) : answer;
        }, rightful);
    }

    /** The judge's one row is refused: not on the panel of that module. */
    private static Consumer<ValidatableResponse> notOnPanel() {
        return r -> r.body("accepted", equalTo(0)).body("rejected", equalTo(1))
                .body("rows[0].errors.field", hasItems("marks[0].module"))
                .body("rows[0].errors.code", hasItems("not-on-panel"));
    }

    /** Blind marking: the stations of both active entrants, and nobody's entry id. */
    private static Consumer<ValidatableResponse> blindStations() {
        return r -> r.body("items.station", hasSize(2)).body("items.entryId", everyItem(nullValue()));
    }

    private static String[] activeEntries() {
        return new String[] {world().flagged.toString(), world().unmarked.toString()};
    }

    // ---- the fixture: made once for all cases, inside the running service

    private static MarkedContest world;

    static synchronized MarkedContest world() {
        if (world == null) {
            world = new MarkedContest();
        }
        return world;
    }
}
