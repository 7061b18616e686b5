package org.skillscontest.registration.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.skillscontest.registration.api.EveryEndpointAuthTest.Endpoint.*;
import static org.skillscontest.registration.api.EveryEndpointAuthTest.Who.*;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.skillscontest.testing.EndpointAuth;
import org.skillscontest.testing.EndpointAuth.Case;
import org.skillscontest.testing.ServiceInfrastructure;
import org.skillscontest.testing.Tokens;

/**
 * Every registration endpoint against every kind of caller it must refuse: no token, a bad token, the
 * wrong role, another federation. Each refusal is a problem+json and changes nothing; a refused write
 * then succeeds for its rightful caller, so nothing of it was half-stored. Adding an endpoint is one
 * {@link Endpoint} line plus its {@link Case} lines (the harness: test-support EndpointAuth).
 */
@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
class EveryEndpointAuthTest {

    private static final String ENTRIES = "/api/v1/competitions/{c}/events/{e}/entries";

    /**
     * The endpoints, their rightful caller (null: none to replay with), success status, and the answer to a bad
     * token: 401, except where a public endpoint never looks at the caller, so the token is not even read
     * (authentication is lazy: quarkus.http.auth.proactive=false) and the public answer comes back.
     */
    enum Endpoint {
        CREATE_FEDERATION("POST", "/api/v1/federations", ORGANIZER, 201, 401, Bodies::federation),
        CREATE_COMPETITION("POST", "/api/v1/competitions", ORGANIZER, 201, 401, Bodies::competition),
        CREATE_EVENT("POST", "/api/v1/competitions/{c}/events", ORGANIZER, 201, 401, Bodies::event),
        GET_COMPETITION("GET", "/api/v1/competitions/{c}", null, 200, 200, null),
        REGISTER("POST", ENTRIES, OWNER, 201, 401, Bodies::entry),
        REGISTER_BATCH("POST", ENTRIES + "/batch", OWNER, 200, 401, Bodies::batch),
        LIST_ENTRIES("GET", ENTRIES, null, 200, 401, null),
        WITHDRAW("POST", "/api/v1/entries/{entry}/withdrawal", null, 200, 401, w -> Map.of("reason", "病假 sick leave")),
        PERSON_ENTRIES("GET", "/api/v1/people/{person}/entries", null, 200, 401, null),
        STATISTICS("GET", "/api/v1/competitions/{c}/statistics", null, 200, 401, null),
        SERIES_STATISTICS("GET", "/api/v1/series/{s}/statistics", null, 200, 401, null),
        LIST_FEDERATIONS("GET", "/api/v1/federations", null, 200, 401, null),
        LIST_COMPETITIONS("GET", "/api/v1/competitions", null, 200, 401, null),
        LIST_EVENTS("GET", "/api/v1/competitions/{c}/events", null, 200, 401, null),
        GET_EVENT("GET", "/api/v1/competitions/{c}/events/{e}", null, 200, 401, null),
        SEARCH_ENTRIES("GET", ENTRIES + "?q={q}", null, 200, 401, null);

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

    /** Who calls. Every bad token claims the organizer role, so accepting one would show. */
    enum Who {
        NONE(w -> null),
        ORGANIZER(w -> Tokens.organizer()),
        AUDITOR(w -> Tokens.auditor()),
        JUDGE(w -> Tokens.judge("judge-1")),
        CHIEF_JUDGE(w -> Tokens.chiefJudge("chief-1")),
        OWNER(w -> Tokens.federation(w.owner)),          // entered the fixture entrant
        NEIGHBOUR(w -> Tokens.federation(w.neighbour)),  // another federation inside the competition's region
        OUTSIDER(w -> Tokens.federation(w.outsider)),    // a federation outside the competition's region
        NO_CLAIM(w -> Tokens.token("federation-x", Set.of("federation"), null)), // federation role, no federation claim
        EXPIRED(w -> BAD_ORGANIZER.expired()),
        FOREIGN_KEY(w -> BAD_ORGANIZER.foreignKey()),
        WRONG_ISSUER(w -> BAD_ORGANIZER.wrongIssuer()),
        TAMPERED(w -> BAD_ORGANIZER.tampered()),
        UNSIGNED(w -> BAD_ORGANIZER.unsigned()),
        WRONG_AUDIENCE(w -> BAD_ORGANIZER.wrongAudience()),
        TOO_LONG_LIVED(w -> BAD_ORGANIZER.tooLongLived()),
        ISSUED_IN_THE_FUTURE(w -> BAD_ORGANIZER.issuedInTheFuture());

        final Function<World, String> token;

        Who(Function<World, String> token) {
            this.token = token;
        }
    }

    static final Tokens.Bad BAD_ORGANIZER = Tokens.bad("organizer-1", Set.of("organizer"), null);

    static final List<Who> BAD_TOKENS = List.of(EXPIRED, FOREIGN_KEY, WRONG_ISSUER, TAMPERED, UNSIGNED, WRONG_AUDIENCE,
            TOO_LONG_LIVED, ISSUED_IN_THE_FUTURE);

    static List<Case<Endpoint, Who>> cases() {
        List<Case<Endpoint, Who>> cases = new ArrayList<>(List.of(
                // reference data: organizers only
                new Case<>(CREATE_FEDERATION, NONE, 401),
                new Case<>(CREATE_FEDERATION, OWNER, 403),
                new Case<>(CREATE_FEDERATION, AUDITOR, 403),
                new Case<>(CREATE_FEDERATION, CHIEF_JUDGE, 403),
                new Case<>(CREATE_COMPETITION, NONE, 401),
                new Case<>(CREATE_COMPETITION, OWNER, 403),
                new Case<>(CREATE_COMPETITION, AUDITOR, 403),
                new Case<>(CREATE_EVENT, NONE, 401),
                new Case<>(CREATE_EVENT, OWNER, 403),
                new Case<>(CREATE_EVENT, JUDGE, 403),
                // a competition is public
                new Case<>(GET_COMPETITION, NONE, 200, r -> r.body("code", equalTo(world().competition))),
                new Case<>(GET_COMPETITION, JUDGE, 200),
                // entries are written by federations only, inside their region
                new Case<>(REGISTER, NONE, 401),
                new Case<>(REGISTER, ORGANIZER, 403),
                new Case<>(REGISTER, AUDITOR, 403),
                new Case<>(REGISTER, JUDGE, 403),
                new Case<>(REGISTER, OUTSIDER, 422),
                new Case<>(REGISTER, NO_CLAIM, 403),
                new Case<>(REGISTER_BATCH, NONE, 401),
                new Case<>(REGISTER_BATCH, ORGANIZER, 403),
                new Case<>(REGISTER_BATCH, CHIEF_JUDGE, 403),
                new Case<>(REGISTER_BATCH, OUTSIDER, 200, r -> r.body("accepted", empty())),
                new Case<>(REGISTER_BATCH, NO_CLAIM, 403),
                // a federation lists only its own entries; organizers and auditors all
                new Case<>(LIST_ENTRIES, NONE, 401),
                new Case<>(LIST_ENTRIES, JUDGE, 403),
                new Case<>(LIST_ENTRIES, CHIEF_JUDGE, 403),
                new Case<>(LIST_ENTRIES, NEIGHBOUR, 200, r -> r.body("total", equalTo(0))),
                new Case<>(LIST_ENTRIES, OUTSIDER, 200, r -> r.body("total", equalTo(0))),
                new Case<>(LIST_ENTRIES, NO_CLAIM, 403),  // no claim must not mean "no filter": it once listed every federation's entries
                new Case<>(LIST_ENTRIES, OWNER, 200, r -> r.body("items.federation", everyItem(equalTo(world().owner)))
                        .body("items.entryId", hasItem(world().entryId))),
                new Case<>(LIST_ENTRIES, ORGANIZER, 200, r -> r.body("items.entryId", hasItem(world().entryId))),
                // only the owning federation withdraws
                new Case<>(WITHDRAW, NONE, 401),
                new Case<>(WITHDRAW, ORGANIZER, 403),
                new Case<>(WITHDRAW, AUDITOR, 403),
                new Case<>(WITHDRAW, JUDGE, 403),
                new Case<>(WITHDRAW, NEIGHBOUR, 403),
                new Case<>(WITHDRAW, OUTSIDER, 403),
                new Case<>(WITHDRAW, NO_CLAIM, 403),
                // another federation does not even learn that the person exists
                new Case<>(PERSON_ENTRIES, NONE, 401),
                new Case<>(PERSON_ENTRIES, JUDGE, 403),
                new Case<>(PERSON_ENTRIES, CHIEF_JUDGE, 403),
                new Case<>(PERSON_ENTRIES, NEIGHBOUR, 404),
                new Case<>(PERSON_ENTRIES, OUTSIDER, 404),
                new Case<>(PERSON_ENTRIES, NO_CLAIM, 404),
                new Case<>(PERSON_ENTRIES, OWNER, 200, r -> r.body("items.entryId", hasItem(world().entryId))),
                // statistics: organizers and auditors always, everyone else once results are published (not yet)
                new Case<>(STATISTICS, NONE, 404),
                new Case<>(STATISTICS, OWNER, 404),
                new Case<>(STATISTICS, JUDGE, 404),
                new Case<>(STATISTICS, ORGANIZER, 200, r -> r.body("published", equalTo(false))),
                new Case<>(STATISTICS, AUDITOR, 200),
                new Case<>(SERIES_STATISTICS, NONE, 404),
                new Case<>(SERIES_STATISTICS, OWNER, 404),
                new Case<>(SERIES_STATISTICS, ORGANIZER, 200, r -> r.body("editions", not(empty()))),
                // federations: organizers and auditors all, a federation only itself
                new Case<>(LIST_FEDERATIONS, NONE, 401),
                new Case<>(LIST_FEDERATIONS, JUDGE, 403),
                new Case<>(LIST_FEDERATIONS, CHIEF_JUDGE, 403),
                new Case<>(LIST_FEDERATIONS, NO_CLAIM, 403),  // no claim must not mean every federation
                new Case<>(LIST_FEDERATIONS, OWNER, 200, r -> r.body("items.code", contains(world().owner)).body("total", equalTo(1))),
                new Case<>(LIST_FEDERATIONS, ORGANIZER, 200, r -> r.body("total", greaterThanOrEqualTo(3))),
                new Case<>(LIST_FEDERATIONS, AUDITOR, 200, r -> r.body("total", greaterThanOrEqualTo(3))),
                // competitions and events: anyone signed in
                new Case<>(LIST_COMPETITIONS, NONE, 401),
                new Case<>(LIST_COMPETITIONS, JUDGE, 200, r -> r.body("total", greaterThanOrEqualTo(1))),
                new Case<>(LIST_COMPETITIONS, CHIEF_JUDGE, 200),
                new Case<>(LIST_COMPETITIONS, OUTSIDER, 200),
                new Case<>(LIST_COMPETITIONS, AUDITOR, 200),
                new Case<>(LIST_COMPETITIONS, ORGANIZER, 200),
                new Case<>(LIST_EVENTS, NONE, 401),
                new Case<>(LIST_EVENTS, JUDGE, 200, r -> r.body("items.code", hasItem("rider"))),
                new Case<>(LIST_EVENTS, CHIEF_JUDGE, 200),
                new Case<>(LIST_EVENTS, OUTSIDER, 200),
                new Case<>(LIST_EVENTS, AUDITOR, 200),
                new Case<>(GET_EVENT, NONE, 401),
                new Case<>(GET_EVENT, CHIEF_JUDGE, 200, r -> r.body("code", equalTo("rider"))),
                new Case<>(GET_EVENT, NEIGHBOUR, 200),
                new Case<>(GET_EVENT, ORGANIZER, 200),
                // a search finds only what the caller may list anyway
                new Case<>(SEARCH_ENTRIES, NONE, 401),
                new Case<>(SEARCH_ENTRIES, JUDGE, 403),
                new Case<>(SEARCH_ENTRIES, NO_CLAIM, 403),
                new Case<>(SEARCH_ENTRIES, NEIGHBOUR, 200, r -> r.body("total", equalTo(0))),
                new Case<>(SEARCH_ENTRIES, OWNER, 200, r -> r.body("items.entryId", contains(world().entryId))),
                new Case<>(SEARCH_ENTRIES, AUDITOR, 200, r -> r.body("items.entryId", contains(world().entryId)))));
        // a token that is expired, signed by an untrusted key, from another issuer, altered or unsigned is no token
        EndpointAuth.addForEvery(cases, Endpoint.values(), BAD_TOKENS, endpoint -> endpoint.badToken);
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusesWhatTheCallerMayNotDoAndChangesNothing(Case<Endpoint, Who> c) {
        World w = world();
        Endpoint endpoint = c.endpoint();
        Object body = endpoint.body == null ? null : endpoint.body.apply(w);
        // a refused create or registration was not half-done: its rightful caller then succeeds with the same body
        Runnable rightful = endpoint.rightful == null ? null : () -> send(endpoint, endpoint.rightful.token.apply(w), body, w)
                .then().statusCode(endpoint.success).body("rejected", anyOf(nullValue(), empty()));
        EndpointAuth.check(c, w::snapshot, () -> send(endpoint, c.who().token.apply(w), body, w).then(), rightful);
    }

    private static Response send(Endpoint endpoint, String token, Object body, World w) {
        RequestSpecification request = given();
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (body != null) {
            request.contentType(ContentType.JSON).body(body);
        }
        return request.request(endpoint.method, w.resolve(endpoint.path));
    }

    // ---- the fixture: one competition of a series with one event and one entrant, made once

    private static World world;

    static synchronized World world() {
        if (world == null) {
            world = new World();
        }
        return world;
    }

    static final class World {
        final Organiser organiser = new Organiser();
        final String owner = organiser.federation("own", "650203");
        final String neighbour = organiser.federation("nbr", "650202");
        final String outsider = organiser.federation("jl", "220102");
        final String series = "series-" + organiser.run;
        final String competition = "krmy-" + organiser.run;
        final String entryId;
        final String personId;

        World() {
            given().auth().oauth2(Tokens.organizer()).contentType(ContentType.JSON)
                    .body(Bodies.competition(competition, series)).post("/api/v1/competitions").then().statusCode(201);
            organiser.event(competition, "rider", null).statusCode(201);
            Map<String, String> entry = organiser.register(owner, competition, "rider", "王芳", Bodies.idNumber());
            entryId = entry.get("entryId");
            personId = entry.get("personId");
        }

        String resolve(String path) {
            return path.replace("{c}", competition).replace("{e}", "rider").replace("{entry}", entryId)
                    .replace("{q}", entryId.substring(0, 8))
                    .replace("{person}", personId).replace("{s}", series);
        }

        /** What a refused request could have changed, as the organizer sees it. */
        String snapshot() {
            return String.join("\n",
                    read(resolve(ENTRIES) + "?size=1000"),
                    read(resolve("/api/v1/people/{person}/entries")),
                    read(resolve("/api/v1/competitions/{c}")),
                    read(resolve("/api/v1/competitions/{c}/statistics")));
        }

        private static String read(String path) {
            return given().auth().oauth2(Tokens.organizer()).get(path).then().statusCode(200).extract().asString();
        }
    }

    /** Bodies with fresh codes and ID numbers, valid so that only the caller can be the reason for a refusal. */
    static final class Bodies {
        private static final AtomicInteger SEQUENCE = new AtomicInteger();

        static String fresh(String prefix) {
            return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        }

        static String idNumber() {
            int n = SEQUENCE.incrementAndGet();
            return People.idNumber("650203", LocalDate.of(1990, 1, 1).plusDays(n), 2 * n + 1);
        }

        static Object federation(World w) {
            return Map.of("code", fresh("fed"), "name", "独山子区总工会", "regionCode", "650202");
        }

        static Object competition(World w) {
            return competition(fresh("comp"), null);
        }

        static Map<String, Object> competition(String code, String series) {
            Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", "克拉玛依市第十七届职业技能大赛",
                    "level", "CITY", "regionCode", "650200", "edition", 17, "year", 2027,
                    "startsOn", LocalDate.now().plusMonths(2).toString(),
                    "registrationClosesAt", Instant.now().plus(30, ChronoUnit.DAYS).toString()));
            if (series != null) {
                body.put("series", series);
            }
            return body;
        }

        static Object event(World w) {
            return Map.of("code", fresh("event"), "name", "网约配送员", "occupation", "网约配送员",
                    "skillLevel", 3, "capacity", 100, "quota", 3,
                    "scoring", Map.of("theoryWeight", 30, "practicalWeight", 70, "tolerancePercent", 10,
                            "modules", List.of(Map.of("code", "route", "name", "路线规划", "maxMark", 100, "weight", 100))));
        }

        static Object entry(World w) {
            return People.entry("选手", idNumber());
        }

        static Object batch(World w) {
            return Map.of("entries", List.of(People.entry("选手", idNumber())));
        }
    }
}
