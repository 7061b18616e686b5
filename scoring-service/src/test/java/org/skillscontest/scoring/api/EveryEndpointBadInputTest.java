package org.skillscontest.scoring.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.skillscontest.scoring.api.MarkedContest.JUDGE;
import static org.skillscontest.scoring.api.MarkedContest.LOCKED;
import static org.skillscontest.scoring.api.MarkedContest.MARKING;
import static org.skillscontest.scoring.api.MarkedContest.OFF_PANEL_JUDGE;
import static org.skillscontest.scoring.api.MarkedContest.acceptance;
import static org.skillscontest.scoring.api.MarkedContest.correction;
import static org.skillscontest.scoring.api.MarkedContest.mark;
import static org.skillscontest.scoring.api.MarkedContest.marks;
import static org.skillscontest.scoring.api.MarkedContest.object;
import static org.skillscontest.scoring.api.MarkedContest.scores;
import static org.skillscontest.scoring.api.ScoringEndpoint.*;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.skillscontest.testing.ServiceInfrastructure;

/**
 * Every scoring endpoint, called by its rightful caller with input it must refuse: out-of-range marks,
 * unknown or withdrawn entries, unknown modules and events, malformed JSON, missing fields, the wrong
 * state (a correction before the lock, a lock with marks missing). A refused request answers
 * problem+json naming the field where there is one; a refused row of a batch answers in its row. Either
 * way nothing changes.
 */
@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
class EveryEndpointBadInputTest {

    private static final String NO_SUCH_EVENT = "no-such-event";
    private static final UUID NO_SUCH_ENTRY = UUID.fromString("00000000-0000-4000-8000-000000000001");

    @Inject
    DataSource db;

    static List<Case> cases() {
        return List.of(
                // the panel
                on(PANEL, "malformed JSON").json("{\"chiefJudge\": ").refused(400, "body", "malformed-json")
                        .and(r -> r.body("errors[0].message", equalTo("is not valid JSON at line 1, column 16"))),
                on(PANEL, "no body").json("").refused(400, "body", "not-null"),
                on(PANEL, "no chief judge").body(w -> Map.of("modules", MarkedContest.MARKING_PANEL))
                        .refused(400, "chiefJudge", "not-blank"),
                on(PANEL, "no modules").body(w -> Map.of("chiefJudge", w.chiefOf(MARKING))).refused(400, "modules", "not-null"),
                // no modules suits a theory-only round only
                on(PANEL, "no judges for a practical event").body(w -> Map.of("chiefJudge", w.chiefOf(MARKING), "modules", Map.of()))
                        .refused(400, "modules.route", "no-judges"),
                on(PANEL, "modules not an object").body(w -> Map.of("chiefJudge", w.chiefOf(MARKING), "modules", "route"))
                        .refused(400, "modules", "malformed"),
                on(PANEL, "a module the event does not have").body(w -> Map.of("chiefJudge", w.chiefOf(MARKING),
                        "modules", Map.of("route", List.of(JUDGE), "service", List.of("j4"), "welding", List.of("j5"))))
                        .refused(400, "modules.welding", "unknown-module"),
                on(PANEL, "a module without judges").body(w -> Map.of("chiefJudge", w.chiefOf(MARKING),
                        "modules", Map.of("route", List.of(JUDGE)))).refused(400, "modules.service", "no-judges"),
                on(PANEL, "a judge twice on a module").body(w -> Map.of("chiefJudge", w.chiefOf(MARKING),
                        "modules", Map.of("route", List.of(JUDGE, JUDGE), "service", List.of("j4"))))
                        .refused(400, "modules.route", "judges"),
                on(PANEL, "unknown event").event(NO_SUCH_EVENT).refused(404),
                on(PANEL, "locked event").event(LOCKED).body(w -> Map.of("chiefJudge", w.chiefOf(LOCKED),
                        "modules", Map.of("route", List.of(JUDGE)))).refused(409),

                // marks: what only the event can tell is refused row by row, malformed input as a whole
                on(MARKS, "mark above the module's maximum").body(w -> mark(w.unmarked, "route", 101))
                        .rowRefused("marks[0].mark", "above-maximum"),
                on(MARKS, "mark above a smaller module's maximum").by(Who.SERVICE_JUDGE).body(w -> mark(w.unmarked, "service", 50.5))
                        .rowRefused("marks[0].mark", "above-maximum"),
                on(MARKS, "negative mark").body(w -> mark(w.unmarked, "route", -1)).refused(400, "marks[0].mark", "decimal-min"),
                on(MARKS, "unknown entry").body(w -> mark(NO_SUCH_ENTRY, "route", 80)).rowRefused("marks[0].entryId", "unknown-entry"),
                on(MARKS, "entry of another event").body(w -> mark(w.lockedEntry, "route", 80))
                        .rowRefused("marks[0].entryId", "unknown-entry"),
                on(MARKS, "withdrawn entry").body(w -> mark(w.withdrawn, "route", 80)).rowRefused("marks[0].entryId", "withdrawn"),
                on(MARKS, "disqualified entry").body(w -> mark(w.disqualified, "route", 80))
                        .rowRefused("marks[0].entryId", "disqualified"),
                on(MARKS, "unknown module").body(w -> mark(w.unmarked, "welding", 80)).rowRefused("marks[0].module", "unknown-module"),
                on(MARKS, "unknown station").body(w -> marks(object("station", 99, "module", "route", "mark", 80)))
                        .rowRefused("marks[0].station", "unknown-station"),
                on(MARKS, "neither entry nor station").body(w -> marks(object("module", "route", "mark", 80)))
                        .rowRefused("marks[0].entryId", "entry-or-station"),
                on(MARKS, "malformed JSON").json("{\"marks\": [{\"module\": \"route\",").refused(400, "body", "malformed-json"),
                on(MARKS, "entry id not a UUID").json("{\"marks\": [{\"entryId\": \"A-1\", \"module\": \"route\", \"mark\": 80}]}")
                        .refused(400, "marks[0].entryId", "malformed"),
                on(MARKS, "mark not a number").body(w -> mark(w.unmarked, "route", "eighty")).refused(400, "marks[0].mark", "malformed"),
                on(MARKS, "no module").body(w -> marks(object("entryId", w.unmarked, "mark", 80))).refused(400, "marks[0].module", "not-blank"),
                on(MARKS, "no mark").body(w -> marks(object("entryId", w.unmarked, "module", "route"))).refused(400, "marks[0].mark", "not-null"),
                on(MARKS, "no rows").body(w -> Map.of("marks", List.of())).refused(400, "marks", "not-empty"),
                on(MARKS, "negative time used").body(w -> marks(object("entryId", w.unmarked, "module", "route", "mark", 80,
                        "timeUsedSeconds", -5))).refused(400, "marks[0].timeUsedSeconds", "min"),
                on(MARKS, "unknown event").event(NO_SUCH_EVENT).refused(404),
                on(MARKS, "locked event").event(LOCKED).body(w -> mark(w.lockedEntry, "route", 80)).refused(409),

                // theory scores: 0 to 100
                on(THEORY, "score above 100").body(w -> scores(object("entryId", w.unmarked, "score", 100.5)))
                        .refused(400, "scores[0].score", "decimal-max"),
                on(THEORY, "negative score").body(w -> scores(object("entryId", w.unmarked, "score", -1)))
                        .refused(400, "scores[0].score", "decimal-min"),
                on(THEORY, "unknown entry").body(w -> scores(object("entryId", NO_SUCH_ENTRY, "score", 80)))
                        .rowRefused("scores[0].entryId", "unknown-entry"),
                on(THEORY, "withdrawn entry").body(w -> scores(object("entryId", w.withdrawn, "score", 80)))
                        .rowRefused("scores[0].entryId", "withdrawn"),
                on(THEORY, "no entry id").body(w -> scores(object("score", 80))).refused(400, "scores[0].entryId", "not-null"),
                on(THEORY, "no score").body(w -> scores(object("entryId", w.unmarked))).refused(400, "scores[0].score", "not-null"),
                on(THEORY, "malformed JSON").json("{\"scores\": ").refused(400, "body", "malformed-json"),
                on(THEORY, "unknown event").event(NO_SUCH_EVENT).refused(404),
                on(THEORY, "locked event").event(LOCKED).body(w -> scores(object("entryId", w.lockedEntry, "score", 80))).refused(409),

                // the lock: refused while anything is missing or flagged, listing each
                on(LOCK, "marks missing and a tolerance flag").refused(409).and(r -> r
                        .body("errors.findAll { it.field == 'entries[" + world().unmarked + "]' }.message", hasItems(
                                "missing route/j1", "missing route/j2", "missing route/j3", "missing service/j4", "missing theory"))
                        .body("errors.findAll { it.field == 'entries[" + world().unmarked + "]' }.code", everyItem(equalTo("missing-mark")))
                        .body("errors.find { it.field == 'entries[" + world().flagged + "].route' }.code", equalTo("tolerance-flag"))
                        .body("errors.field", not(hasItem(startsWith("entries[" + world().withdrawn))))
                        .body("errors.field", not(hasItem(startsWith("entries[" + world().disqualified))))),
                on(LOCK, "unknown event").event(NO_SUCH_EVENT).refused(404),
                on(LOCK, "locked already").event(LOCKED).refused(409),

                // corrections: after the lock only, with a reason, within the module's range
                on(CORRECTIONS, "before the lock").event(MARKING).body(w -> correction(w.flagged, "route", JUDGE, 72)).refused(409),
                on(CORRECTIONS, "no reason").body(w -> without(correction(w.lockedEntry, "route", JUDGE, 82), "reason"))
                        .refused(400, "reason", "not-blank"),
                on(CORRECTIONS, "blank reason").body(w -> with(correction(w.lockedEntry, "route", JUDGE, 82), "reason", "  "))
                        .refused(400, "reason", "not-blank"),
                on(CORRECTIONS, "reason over 500 characters").body(w -> with(correction(w.lockedEntry, "route", JUDGE, 82),
                        "reason", "x".repeat(501))).refused(400, "reason", "size"),
                on(CORRECTIONS, "mark above the module's maximum").body(w -> correction(w.lockedEntry, "route", JUDGE, 101))
                        .refused(400, "mark", "above-maximum"),
                on(CORRECTIONS, "theory score above 100").body(w -> correction(w.lockedEntry, "theory", null, 101))
                        .refused(400, "mark", "above-maximum"),
                on(CORRECTIONS, "negative mark").body(w -> correction(w.lockedEntry, "route", JUDGE, -1)).refused(400, "mark", "decimal-min"),
                on(CORRECTIONS, "unknown entry").body(w -> correction(NO_SUCH_ENTRY, "route", JUDGE, 82))
                        .refused(400, "entryId", "unknown-entry"),
                on(CORRECTIONS, "entry of another event").body(w -> correction(w.flagged, "route", JUDGE, 82))
                        .refused(400, "entryId", "unknown-entry"),
                on(CORRECTIONS, "withdrawn entry").body(w -> correction(w.lockedWithdrawn, "route", JUDGE, 82))
                        .refused(400, "entryId", "withdrawn"),
                on(CORRECTIONS, "unknown module").body(w -> correction(w.lockedEntry, "welding", JUDGE, 82))
                        .refused(400, "module", "unknown-module"),
                on(CORRECTIONS, "judge not on the panel").body(w -> correction(w.lockedEntry, "route", OFF_PANEL_JUDGE, 82))
                        .refused(400, "judge", "not-on-panel"),
                on(CORRECTIONS, "no judge for a practical module").body(w -> correction(w.lockedEntry, "route", null, 82))
                        .refused(400, "judge", "not-on-panel"),
                on(CORRECTIONS, "no entry id").body(w -> without(correction(w.lockedEntry, "route", JUDGE, 82), "entryId"))
                        .refused(400, "entryId", "not-null"),
                on(CORRECTIONS, "no mark").body(w -> without(correction(w.lockedEntry, "route", JUDGE, 82), "mark"))
                        .refused(400, "mark", "not-null"),
                on(CORRECTIONS, "malformed JSON").json("{\"entryId\": }").refused(400, "body", "malformed-json"),
                on(CORRECTIONS, "unknown event").event(NO_SUCH_EVENT).refused(404),

                // accepting a tolerance flag: with a reason, for a flag there is
                on(FLAG_ACCEPTANCE, "no reason").body(w -> without(acceptance(w.flagged, "route"), "reason"))
                        .refused(400, "reason", "not-blank"),
                on(FLAG_ACCEPTANCE, "a module without a flag").body(w -> acceptance(w.unmarked, "route")).refused(409),
                on(FLAG_ACCEPTANCE, "unknown entry").body(w -> acceptance(NO_SUCH_ENTRY, "route")).refused(400, "entryId", "unknown-entry"),
                on(FLAG_ACCEPTANCE, "unknown module").body(w -> acceptance(w.flagged, "welding")).refused(400, "module", "unknown-module"),
                on(FLAG_ACCEPTANCE, "no entry id").body(w -> without(acceptance(w.flagged, "route"), "entryId"))
                        .refused(400, "entryId", "not-null"),
                on(FLAG_ACCEPTANCE, "an array for an object").json("[]").refused(400, "body", "malformed"),
                on(FLAG_ACCEPTANCE, "malformed JSON").json("{\"reason\": \"复核").refused(400, "body", "malformed-json"),
                on(FLAG_ACCEPTANCE, "unknown event").event(NO_SUCH_EVENT).refused(404),

                // disqualification: with a reason, of an entrant of the event who competes
                on(DISQUALIFY, "no reason").body(w -> without(MarkedContest.disqualification(w.unmarked), "reason"))
                        .refused(400, "reason", "not-blank"),
                on(DISQUALIFY, "blank reason").body(w -> with(MarkedContest.disqualification(w.unmarked), "reason", " "))
                        .refused(400, "reason", "not-blank"),
                on(DISQUALIFY, "reason over 500 characters").body(w -> with(MarkedContest.disqualification(w.unmarked),
                        "reason", "x".repeat(501))).refused(400, "reason", "size"),
                on(DISQUALIFY, "no entry id").body(w -> without(MarkedContest.disqualification(w.unmarked), "entryId"))
                        .refused(400, "entryId", "not-null"),
                on(DISQUALIFY, "entry id not a UUID").json("{\"entryId\": \"A-1\", \"reason\": \"作弊\"}")
                        .refused(400, "entryId", "malformed"),
                on(DISQUALIFY, "unknown entry").body(w -> MarkedContest.disqualification(NO_SUCH_ENTRY))
                        .refused(400, "entryId", "unknown-entry"),
                on(DISQUALIFY, "entry of another event").body(w -> MarkedContest.disqualification(w.lockedEntry))
                        .refused(400, "entryId", "unknown-entry"),
                on(DISQUALIFY, "withdrawn entry").body(w -> MarkedContest.disqualification(w.withdrawn))
                        .refused(409, "entryId", "withdrawn"),
                on(DISQUALIFY, "withdrawn after the lock").event(LOCKED).body(w -> MarkedContest.disqualification(w.lockedWithdrawn))
                        .refused(409, "entryId", "withdrawn"),
                on(DISQUALIFY, "disqualified already").body(w -> MarkedContest.disqualification(w.disqualified))
                        .refused(409, "entryId", "already-disqualified"),
                on(DISQUALIFY, "malformed JSON").json("{\"entryId\": ").refused(400, "body", "malformed-json"),
                on(DISQUALIFY, "unknown event").event(NO_SUCH_EVENT).refused(404),

                // reads
                on(AUDIT, "entry id not a UUID").query("?entryId=A-1").refused(400, "entryId", "malformed"),
                on(AUDIT, "unknown event").event(NO_SUCH_EVENT).refused(404),
                on(STATIONS, "unknown event").event(NO_SUCH_EVENT).refused(404),
                on(RESULTS, "unknown event").event(NO_SUCH_EVENT).refused(404),
                on(PROGRESS, "unknown event").event(NO_SUCH_EVENT).refused(404),
                on(ASSIGNMENTS, "negative page").query("?page=-1").refused(400, "page", "min"),
                on(ASSIGNMENTS, "page size 0").query("?size=0").refused(400, "size", "min"),
                on(ASSIGNMENTS, "page size over 500").query("?size=501").refused(400, "size", "max"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusesBadInputAndChangesNothing(Case c) {
        try {
            check(c, world());
        } catch (AssertionError e) {
            throw new AssertionError(c + ": " + e.getMessage(), e);   // surefire names parameterized runs by index only
        }
    }

    private void check(Case c, MarkedContest w) {
        String event = c.event == null ? c.endpoint.event : c.event;
        Who who = c.who == null ? c.endpoint.rightful : c.who;
        Object body = c.body.apply(w);
        String before = w.state(db);

        ValidatableResponse answer = c.endpoint.call(w, event, c.query, who.token(w, event), body)
                .then().statusCode(c.status);
        if (c.status == 200) {
            answer.body("accepted", equalTo(0)).body("rejected", equalTo(1)).body("rows[0].status", equalTo("REJECTED"))
                    .body("rows[0].errors.field", hasItem(c.field)).body("rows[0].errors.code", hasItem(c.code));
        } else {
            answer.contentType("application/problem+json")
                    .body("status", equalTo(c.status)).body("type", notNullValue()).body("title", notNullValue());
            if (c.field != null) {
                answer.body("errors.field", hasItem(c.field)).body("errors.code", hasItem(c.code));
            }
        }
        c.check.accept(answer);

        assertThat(w.state(db)).isEqualTo(before);
    }

    /**
     * One bad request: the endpoint, on its {@link MarkedContest} event unless another is given, by its rightful
     * caller there unless another is given, with its valid body unless another is given; refused with a status and, for input errors,
     * the field and code named; or (status 200) with its one row refused.
     */
    static final class Case {
        final ScoringEndpoint endpoint;
        final String what;
        String event;
        Who who;
        String query = "";
        Function<MarkedContest, Object> body;
        int status;
        String field;
        String code;
        Consumer<ValidatableResponse> check = r -> { };

        private Case(ScoringEndpoint endpoint, String what) {
            this.endpoint = endpoint;
            this.what = what;
            this.body = endpoint.validBody == null ? w -> null : endpoint.validBody;
        }

        Case event(String event) {
            this.event = event;
            return this;
        }

        Case by(Who who) {
            this.who = who;
            return this;
        }

        Case body(Function<MarkedContest, Object> body) {
            this.body = body;
            return this;
        }

        Case json(String raw) {
            this.body = w -> raw;
            return this;
        }

        Case query(String query) {
            this.query = query;
            return this;
        }

        Case refused(int status) {
            return refused(status, null, null);
        }

        Case refused(int status, String field, String code) {
            this.status = status;
            this.field = field;
            this.code = code;
            return this;
        }

        Case rowRefused(String field, String code) {
            return refused(200, field, code);
        }

        Case and(Consumer<ValidatableResponse> check) {
            this.check = check;
            return this;
        }

        @Override
        public String toString() {
            return endpoint + " " + what + " -> " + (status == 200 ? "row refused" : status) + (field == null ? "" : " " + field);
        }
    }

    static Case on(ScoringEndpoint endpoint, String what) {
        return new Case(endpoint, what);
    }

    private static Map<String, Object> without(Map<String, Object> body, String field) {
        body.remove(field);
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        body.put(field, value);
        return body;
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
