package org.skillscontest.ranking.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.skillscontest.ranking.api.EveryEndpointAuthTest.Endpoint.*;
import static org.skillscontest.ranking.api.EveryEndpointAuthTest.Who.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.inject.spi.CDI;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.skillscontest.contracts.AdvancementPolicy;
import org.skillscontest.contracts.CutMode;
import org.skillscontest.contracts.CutRule;
import org.skillscontest.contracts.EntryRegistered;
import org.skillscontest.contracts.PromoteWhen;
import org.skillscontest.contracts.Round;
import org.skillscontest.contracts.ScoringScheme;
import org.skillscontest.testing.EndpointAuth;
import org.skillscontest.testing.EndpointAuth.Case;
import org.skillscontest.testing.ServiceInfrastructure;
import org.skillscontest.testing.Tokens;

/**
 * Every ranking endpoint against every kind of caller: no token, each role, the chief judge of another
 * event, the entrants' federation and another, a federation token without its claim, and tokens that
 * are no tokens (expired, foreign key, another issuer, tampered, unsigned). Federations lodge
 * objections about their own entrants only, chief judges decide, organisers, auditors and chief judges
 * read all objections, a federation its own. The public reads answer everyone alike; of them, only
 * the statistics look at the caller (organisers and auditors see unpublished figures), so only they
 * refuse a bad token. A refusal is a problem+json and changes nothing; a refused write then succeeds
 * for its rightful caller (the harness: test-support EndpointAuth). Adding an endpoint is one
 * {@link Endpoint} line plus its {@link Case} lines.
 *
 * <p>Checks look at statuses and a few fields (or the body's text), not at the shapes of lists.
 */
@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
class EveryEndpointAuthTest {

    private static final String OBJECTIONS = "/api/v1/events/{c}/{e}/objections";

    /**
     * The endpoints, their rightful caller (null: none to replay with), success status, and the answer to a bad
     * token: 401, except where a public endpoint never looks at the caller, so the token is not even read
     * (authentication is lazy: quarkus.http.auth.proactive=false) and the public answer comes back.
     */
    enum Endpoint {
        RANKING("GET", "/api/v1/events/{c}/{e}/ranking", null, 200, 200, null),
        EVENT_LEAGUE("GET", "/api/v1/events/{c}/{e}/league", null, 200, 200, null),
        ROUND_RANKING("GET", "/api/v1/events/{c}/{rounds}/rounds/PRELIM/ranking", null, 200, 200, null),
        PROMOTIONS("GET", "/api/v1/competitions/{c}/promotions", null, 200, 200, null),
        LEAGUE("GET", "/api/v1/competitions/{c}/league", null, 200, 200, null),
        STATISTICS("GET", "/api/v1/competitions/{c}/statistics", null, 200, 401, null),
        SERIES_STATISTICS("GET", "/api/v1/series/{s}/statistics", null, 200, 401, null),
        PATHWAY("GET", "/api/v1/people/{person}/pathway", null, 200, 200, null),
        RESULTS_PAGE("GET", "/results/{c}", null, 200, 200, null),
        LODGE("POST", OBJECTIONS, OWNER, 201, 401, w -> Map.of("entryId", w.freshEntry(), "reason", "成绩登记有误")),
        LIST_OBJECTIONS("GET", OBJECTIONS, null, 200, 401, null),
        GET_OBJECTION("GET", OBJECTIONS + "/{objection}", null, 200, 401, null),
        REJECT("POST", OBJECTIONS + "/{open}/rejection", CHIEF_JUDGE, 200, 401, w -> Map.of("reason", "经核查无误")),
        RESOLVE("POST", OBJECTIONS + "/{open}/resolution", CHIEF_JUDGE, 200, 401, w -> Map.of("reason", "已更正"));

        final String method;
        final String path;
        final Who rightful;
        final int success;
        final int badToken;
        final Function<World, Object> body;

        Endpoint(String method, String path, Who rightful, int success, int badToken, Function<World, Object> body) {
            this.method = method;
            this.path = path;
            this.rightful = rightful;
            this.success = success;
            this.badToken = badToken;
            this.body = body;
        }
    }

    /** Who calls. Every bad token claims every role and the entrants' federation, so accepting one would show. */
    enum Who {
        NONE(() -> null),
        ORGANIZER(Tokens::organizer),
        AUDITOR(Tokens::auditor),
        JUDGE(() -> Tokens.judge("judge-1")),
        CHIEF_JUDGE(() -> Tokens.chiefJudge("chief-1")),          // the event's chief judge
        OTHER_CHIEF(() -> Tokens.chiefJudge("chief-of-another")), // the chief judge of another event
        OWNER(() -> Tokens.federation("KRMY")),                    // the entrants' federation
        OTHER(() -> Tokens.federation("DSZ")),                     // another federation
        NO_CLAIM(() -> Tokens.token("federation-x", Set.of("federation"), null)), // federation role, no federation claim
        EXPIRED(() -> BAD.expired()),
        FOREIGN_KEY(() -> BAD.foreignKey()),
        WRONG_ISSUER(() -> BAD.wrongIssuer()),
        TAMPERED(() -> BAD.tampered()),
        UNSIGNED(() -> BAD.unsigned()),
        WRONG_AUDIENCE(() -> BAD.wrongAudience()),
        TOO_LONG_LIVED(() -> BAD.tooLongLived()),
        ISSUED_IN_THE_FUTURE(() -> BAD.issuedInTheFuture());

        final java.util.function.Supplier<String> token;

        Who(java.util.function.Supplier<String> token) {
            this.token = token;
        }
    }

    static final Tokens.Bad BAD = Tokens.bad("federation-KRMY",
            Set.of("organizer", "auditor", "chief-judge", "federation"), "KRMY");

    static final List<Who> CALLERS = List.of(NONE, ORGANIZER, AUDITOR, JUDGE, CHIEF_JUDGE, OTHER_CHIEF, OWNER, OTHER, NO_CLAIM);

    static final List<Who> BAD_TOKENS = List.of(EXPIRED, FOREIGN_KEY, WRONG_ISSUER, TAMPERED, UNSIGNED, WRONG_AUDIENCE,
            TOO_LONG_LIVED, ISSUED_IN_THE_FUTURE);

    static List<Case<Endpoint, Who>> cases() {
        List<Case<Endpoint, Who>> cases = new ArrayList<>();
        // the public reads answer every caller alike, with the published results only
        for (Who who : CALLERS) {
            cases.add(new Case<>(RANKING, who, 200, r -> r.body("version", equalTo(2))
                    .body("publicity.state", equalTo("PROVISIONAL"))));
            cases.add(new Case<>(EVENT_LEAGUE, who, 200, r -> r.body(containsString("KRMY"))));
            cases.add(new Case<>(ROUND_RANKING, who, 200, r -> r.body("round", equalTo("PRELIM")).body("qualified", equalTo(2))));
            cases.add(new Case<>(PROMOTIONS, who, 200, r -> r.body(containsString(world().promoted))));
            cases.add(new Case<>(LEAGUE, who, 200, r -> r.body(containsString("KRMY"))));
            cases.add(new Case<>(PATHWAY, who, 200, r -> r.body("steps.size()", equalTo(1))
                    .body("steps[0].event", equalTo("rider")).body("steps[0].resultsState", equalTo("PROVISIONAL"))));
            cases.add(new Case<>(RESULTS_PAGE, who, 200, r -> r.contentType(ContentType.HTML).body(containsString("成绩公示"))));
        }
        // statistics: organisers and auditors always, everyone else once every event is ranked (the one in rounds is not)
        for (Who who : CALLERS) {
            boolean privileged = who == ORGANIZER || who == AUDITOR;
            cases.add(new Case<>(STATISTICS, who, privileged ? 200 : 404,
                    privileged ? r -> r.body("published", equalTo(false)).header("Cache-Control", "private, no-store")
                            : r -> { }));
            cases.add(new Case<>(SERIES_STATISTICS, who, privileged ? 200 : 404,
                    privileged ? r -> r.body("editions[0].competition", equalTo(world().up.city)) : r -> { }));
        }
        cases.addAll(List.of(
                // lodging: the entrant's own federation only
                new Case<>(LODGE, NONE, 401),
                new Case<>(LODGE, ORGANIZER, 403),
                new Case<>(LODGE, AUDITOR, 403),
                new Case<>(LODGE, JUDGE, 403),
                new Case<>(LODGE, CHIEF_JUDGE, 403),
                new Case<>(LODGE, OTHER_CHIEF, 403),
                new Case<>(LODGE, OTHER, 403, r -> r.body("type", equalTo("urn:skillscontest:problem:not-own-entrant"))),
                new Case<>(LODGE, NO_CLAIM, 403),
                // reading: organisers, auditors and chief judges all, a federation its own
                new Case<>(LIST_OBJECTIONS, NONE, 401),
                new Case<>(LIST_OBJECTIONS, JUDGE, 403),
                new Case<>(LIST_OBJECTIONS, NO_CLAIM, 403),  // no claim must not mean "no filter"
                new Case<>(LIST_OBJECTIONS, ORGANIZER, 200, lists(true)),
                new Case<>(LIST_OBJECTIONS, AUDITOR, 200, lists(true)),
                new Case<>(LIST_OBJECTIONS, CHIEF_JUDGE, 200, lists(true)),
                new Case<>(LIST_OBJECTIONS, OTHER_CHIEF, 200, lists(true)),
                new Case<>(LIST_OBJECTIONS, OWNER, 200, lists(true)),
                new Case<>(LIST_OBJECTIONS, OTHER, 200, lists(false)),
                new Case<>(GET_OBJECTION, NONE, 401),
                new Case<>(GET_OBJECTION, JUDGE, 403),
                new Case<>(GET_OBJECTION, NO_CLAIM, 403),
                new Case<>(GET_OBJECTION, OTHER, 404),          // another federation does not learn that it exists
                new Case<>(GET_OBJECTION, OWNER, 200, r -> r.body("reason", equalTo("计时有误"))),
                new Case<>(GET_OBJECTION, ORGANIZER, 200),
                new Case<>(GET_OBJECTION, AUDITOR, 200),
                new Case<>(GET_OBJECTION, CHIEF_JUDGE, 200, r -> r.body("lodgedBy", equalTo("federation-KRMY"))),
                new Case<>(GET_OBJECTION, OTHER_CHIEF, 200),
                // deciding: the event's chief judge only (scoring names them on each results version)
                new Case<>(REJECT, OTHER_CHIEF, 403, r -> r.body("type", containsString("not-event-chief-judge"))),
                new Case<>(RESOLVE, OTHER_CHIEF, 403, r -> r.body("type", containsString("not-event-chief-judge"))),
                new Case<>(REJECT, NONE, 401),
                new Case<>(REJECT, ORGANIZER, 403),
                new Case<>(REJECT, AUDITOR, 403),
                new Case<>(REJECT, JUDGE, 403),
                new Case<>(REJECT, OWNER, 403),
                new Case<>(REJECT, OTHER, 403),
                new Case<>(REJECT, NO_CLAIM, 403),
                new Case<>(RESOLVE, NONE, 401),
                new Case<>(RESOLVE, ORGANIZER, 403),
                new Case<>(RESOLVE, AUDITOR, 403),
                new Case<>(RESOLVE, JUDGE, 403),
                new Case<>(RESOLVE, OWNER, 403),
                new Case<>(RESOLVE, OTHER, 403),
                new Case<>(RESOLVE, NO_CLAIM, 403)));
        // a token that is expired, signed by an untrusted key, from another issuer, altered or unsigned is no token
        EndpointAuth.addForEvery(cases, Endpoint.values(), BAD_TOKENS, endpoint -> endpoint.badToken);
        return cases;
    }

    /** The event's objections as listed: with the fixture's objection or without it (shape-neutral). */
    private static Consumer<ValidatableResponse> lists(boolean withIt) {
        return r -> r.body(withIt ? containsString(world().objection) : not(containsString(world().objection)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusesWhatTheCallerMayNotDoAndChangesNothing(Case<Endpoint, Who> c) {
        World w = world();
        Endpoint endpoint = c.endpoint();
        Object body = endpoint.body == null ? null : endpoint.body.apply(w);
        String path = w.resolve(endpoint.path);
        // a refused write was not half-done: its rightful caller then succeeds with the same body
        Runnable rightful = endpoint.rightful == null ? null
                : () -> send(endpoint.method, path, endpoint.rightful.token.get(), body).then().statusCode(endpoint.success);
        EndpointAuth.check(c, w::snapshot, () -> send(endpoint.method, path, c.who().token.get(), body).then(), rightful);
    }

    private static Response send(String method, String path, String token, Object body) {
        RequestSpecification request = given();
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (body != null) {
            request.contentType(ContentType.JSON).body(body);
        }
        return request.request(method, path);
    }

    // ---- the fixture, made once: a competition of a series with one event ranked twice and in its publicity
    // period (公示期), open objections to decide, entrants to object for; and an event in rounds whose
    // preliminary is ranked but not its final, so that the competition's figures are not public yet

    private static World world;

    static synchronized World world() {
        if (world == null) {
            world = new World(CDI.current().select(ObjectMapper.class).get());
        }
        return world;
    }

    static final class World {
        private static final int CASES_PER_DECISION = 20;
        private static final ScoringScheme THEORY_ONLY = new ScoringScheme(100, 0, BigDecimal.TEN, List.of());

        final Upstream up;
        final String series = "series-" + UUID.randomUUID().toString().substring(0, 6);
        final String objection;
        final String person;
        final String promoted;
        private final Deque<String> entries = new ArrayDeque<>();
        private final Map<Endpoint, Deque<String>> open = new EnumMap<>(Endpoint.class);

        World(ObjectMapper json) {
            up = new Upstream(json).inSeries(series, 17, 2027).publicity(5, PromoteWhen.PROVISIONAL);
            up.openEvent("rider", 2, AdvancementPolicy.defaults());
            up.openEventInRounds("cook", 1, List.of(
                    new Round("PRELIM", "初赛", THEORY_ONLY, new CutRule(CutMode.TOP_N, BigDecimal.valueOf(2), null)),
                    new Round("FINAL", "决赛", Upstream.SCHEME, null)));
            List<EntryRegistered> entrants = new ArrayList<>();
            for (int i = 0; i < 3 * CASES_PER_DECISION + 2; i++) {
                entrants.add(up.register("rider", i == 0 ? "DSZ" : "KRMY", String.format("91650200MA77AUT%03d", i)));
            }
            List<EntryRegistered> cooks = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                cooks.add(up.register("cook", "KRMY", "91650200MA77COOK01"));
            }
            up.awaitKnown(entrants);
            up.awaitKnown(cooks);
            up.publishRoundResults("cook", "PRELIM", 1, Upstream.results(cooks, 90, 80, 70));
            double[] totals = new double[entrants.size()];
            for (int i = 0; i < totals.length; i++) {
                totals[i] = 100 - i;
            }
            up.publishResults("rider", 1, Upstream.results(entrants, totals));
            up.awaitRanking("rider", 1);
            person = entrants.get(1).personId().toString();
            promoted = entrants.get(0).personId().toString();
            objection = lodge(entrants.get(1), "计时有误");
            // objections to decide, lodged against version 1, so that version 2 can resolve them
            for (Endpoint decision : List.of(REJECT, RESOLVE)) {
                Deque<String> ids = new ArrayDeque<>();
                for (int i = 0; i < CASES_PER_DECISION; i++) {
                    ids.add(lodge(entrants.get(2 + (decision == REJECT ? 0 : CASES_PER_DECISION) + i), "有误"));
                }
                open.put(decision, ids);
            }
            up.publishResults("rider", 2, Upstream.results(entrants, totals));
            up.awaitRanking("rider", 2);
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() ->
                    given().get("/api/v1/events/{c}/cook/rounds/PRELIM/ranking", up.city).statusCode() == 200);
            entrants.subList(2 + 2 * CASES_PER_DECISION, entrants.size()).forEach(e -> entries.add(e.entryId().toString()));
        }

        private String lodge(EntryRegistered entrant, String reason) {
            return given().auth().oauth2(Tokens.federation("KRMY")).contentType(ContentType.JSON)
                    .body(Map.of("entryId", entrant.entryId().toString(), "reason", reason))
                    .post(OBJECTIONS.replace("{c}", up.city).replace("{e}", "rider")).then().statusCode(201)
                    .extract().path("objectionId");
        }

        /** An entry of the owner's with no objection yet: each lodging case (and its rightful replay) takes one. */
        synchronized String freshEntry() {
            return entries.pop();
        }

        String resolve(String path) {
            String resolved = path.replace("{c}", up.city).replace("{e}", "rider").replace("{rounds}", "cook")
                    .replace("{s}", series).replace("{person}", person).replace("{objection}", objection);
            if (resolved.contains("{open}")) {
                // each decision case decides a fresh open objection (the rightful replay decides it)
                resolved = resolved.replace("{open}", open.get(path.endsWith("rejection") ? REJECT : RESOLVE).pop());
            }
            return resolved;
        }

        /** What a refused request could have changed: objections, ranking, promotions, figures, as an organiser sees them. */
        String snapshot() {
            return String.join("\n",
                    read(resolve(OBJECTIONS)),
                    read(resolve("/api/v1/events/{c}/{e}/ranking")),
                    read(resolve("/api/v1/competitions/{c}/promotions")),
                    read(resolve("/api/v1/competitions/{c}/statistics")));
        }

        private static String read(String path) {
            return given().auth().oauth2(Tokens.organizer()).get(path).then().statusCode(200).extract().asString();
        }
    }
}
