package org.skillscontest.ranking.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.skillscontest.ranking.api.ObjectionEndpointAuthTest.Endpoint.*;
import static org.skillscontest.ranking.api.ObjectionEndpointAuthTest.Who.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.inject.spi.CDI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.skillscontest.contracts.AdvancementPolicy;
import org.skillscontest.contracts.EntryRegistered;
import org.skillscontest.contracts.PromoteWhen;
import org.skillscontest.testing.EndpointAuth;
import org.skillscontest.testing.EndpointAuth.Case;
import org.skillscontest.testing.ServiceInfrastructure;
import org.skillscontest.testing.Tokens;

/**
 * Ranking's endpoints that need a caller, against every kind of caller: federations lodge objections
 * about their own entrants only, chief judges decide, organisers, auditors and chief judges read all
 * objections, a federation its own. A refusal is a problem+json and changes nothing; a refused write
 * then succeeds for its rightful caller (the harness: test-support EndpointAuth). The public
 * endpoints (rankings, leagues, pathways, the page) take any caller, a bad token included.
 */
@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
class ObjectionEndpointAuthTest {

    private static final String OBJECTIONS = "/api/v1/events/{c}/{e}/objections";

    /** The endpoints, their rightful caller (null: none to replay with), success status and the answer to a bad token. */
    enum Endpoint {
        LODGE("POST", OBJECTIONS, OWNER, 201, 401, w -> Map.of("entryId", w.freshEntry(), "reason", "成绩登记有误")),
        LIST("GET", OBJECTIONS, null, 200, 401, null),
        GET("GET", OBJECTIONS + "/{objection}", null, 200, 401, null),
        REJECT("POST", OBJECTIONS + "/{open}/rejection", CHIEF_JUDGE, 200, 401, w -> Map.of("reason", "经核查无误")),
        RESOLVE("POST", OBJECTIONS + "/{open}/resolution", CHIEF_JUDGE, 200, 401, w -> Map.of("reason", "已更正")),
        RANKING("GET", "/api/v1/events/{c}/{e}/ranking", null, 200, 200, null),
        EVENT_LEAGUE("GET", "/api/v1/events/{c}/{e}/league", null, 200, 200, null);

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

    /** Who calls. Every bad token claims the chief judge's and the owner federation's roles, so accepting one would show. */
    enum Who {
        NONE(w -> null),
        ORGANIZER(w -> Tokens.organizer()),
        AUDITOR(w -> Tokens.auditor()),
        JUDGE(w -> Tokens.judge("judge-1")),
        CHIEF_JUDGE(w -> Tokens.chiefJudge("chief-1")),
        OWNER(w -> Tokens.federation("KRMY")),      // the entrants' federation
        OTHER(w -> Tokens.federation("DSZ")),       // another federation
        NO_CLAIM(w -> Tokens.token("federation-x", Set.of("federation"), null)),
        EXPIRED(w -> BAD.expired()),
        FOREIGN_KEY(w -> BAD.foreignKey()),
        WRONG_ISSUER(w -> BAD.wrongIssuer()),
        TAMPERED(w -> BAD.tampered()),
        UNSIGNED(w -> BAD.unsigned());

        final Function<World, String> token;

        Who(Function<World, String> token) {
            this.token = token;
        }
    }

    static final Tokens.Bad BAD = Tokens.bad("federation-KRMY", Set.of("federation", "chief-judge"), "KRMY");

    static final List<Who> BAD_TOKENS = List.of(EXPIRED, FOREIGN_KEY, WRONG_ISSUER, TAMPERED, UNSIGNED);

    static List<Case<Endpoint, Who>> cases() {
        List<Case<Endpoint, Who>> cases = new ArrayList<>(List.of(
                // lodging: the entrant's own federation only
                new Case<>(LODGE, NONE, 401),
                new Case<>(LODGE, ORGANIZER, 403),
                new Case<>(LODGE, AUDITOR, 403),
                new Case<>(LODGE, JUDGE, 403),
                new Case<>(LODGE, CHIEF_JUDGE, 403),
                new Case<>(LODGE, OTHER, 403, r -> r.body("type", equalTo("urn:skillscontest:problem:not-own-entrant"))),
                new Case<>(LODGE, NO_CLAIM, 403),
                // reading: organisers, auditors and chief judges all, a federation its own
                new Case<>(LIST, NONE, 401),
                new Case<>(LIST, JUDGE, 403),
                new Case<>(LIST, NO_CLAIM, 403),
                new Case<>(LIST, ORGANIZER, 200, r -> r.body("items.objectionId", hasItem(world().objection))),
                new Case<>(LIST, AUDITOR, 200, r -> r.body("items.objectionId", hasItem(world().objection))),
                new Case<>(LIST, CHIEF_JUDGE, 200, r -> r.body("items.objectionId", hasItem(world().objection))),
                new Case<>(LIST, OWNER, 200, r -> r.body("items.federation", everyItem(equalTo("KRMY")))
                        .body("items.objectionId", hasItem(world().objection))),
                new Case<>(LIST, OTHER, 200, r -> r.body("items", empty())),
                new Case<>(GET, NONE, 401),
                new Case<>(GET, JUDGE, 403),
                new Case<>(GET, NO_CLAIM, 403),
                new Case<>(GET, OTHER, 404),          // another federation does not learn that it exists
                new Case<>(GET, OWNER, 200, r -> r.body("reason", equalTo("计时有误"))),
                new Case<>(GET, ORGANIZER, 200),
                new Case<>(GET, AUDITOR, 200),
                new Case<>(GET, CHIEF_JUDGE, 200, r -> r.body("lodgedBy", equalTo("federation-KRMY"))),
                // deciding: chief judges only
                new Case<>(REJECT, NONE, 401),
                new Case<>(REJECT, ORGANIZER, 403),
                new Case<>(REJECT, AUDITOR, 403),
                new Case<>(REJECT, JUDGE, 403),
                new Case<>(REJECT, OWNER, 403),
                new Case<>(REJECT, OTHER, 403),
                new Case<>(RESOLVE, NONE, 401),
                new Case<>(RESOLVE, ORGANIZER, 403),
                new Case<>(RESOLVE, AUDITOR, 403),
                new Case<>(RESOLVE, JUDGE, 403),
                new Case<>(RESOLVE, OWNER, 403),
                new Case<>(RESOLVE, OTHER, 403),
                // the public ones answer anybody, with the state of the results
                new Case<>(RANKING, NONE, 200, r -> r.body("publicity.state", equalTo("PROVISIONAL"))),
                new Case<>(RANKING, OTHER, 200),
                new Case<>(EVENT_LEAGUE, NONE, 200, r -> r.body("items[0].federation", equalTo("KRMY")))));
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
        String path = w.resolve(endpoint.path);
        Runnable rightful = endpoint.rightful == null ? null
                : () -> send(endpoint.method, path, endpoint.rightful.token.apply(w), body).then().statusCode(endpoint.success);
        EndpointAuth.check(c, w::snapshot, () -> send(endpoint.method, path, c.who().token.apply(w), body).then(), rightful);
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

    // ---- the fixture: one ranked event in its publicity period, open objections to decide, entrants to object for

    private static World world;

    static synchronized World world() {
        if (world == null) {
            world = new World(CDI.current().select(ObjectMapper.class).get());
        }
        return world;
    }

    static final class World {
        private static final int CASES_PER_DECISION = 20;

        final Upstream up;
        final String objection;
        private final Deque<String> entries = new ArrayDeque<>();
        private final Map<Endpoint, Deque<String>> open = new EnumMap<>(Endpoint.class);

        World(ObjectMapper json) {
            up = new Upstream(json).publicity(5, PromoteWhen.PROVISIONAL);
            up.openEvent("rider", 2, AdvancementPolicy.defaults());
            List<EntryRegistered> entrants = new ArrayList<>();
            for (int i = 0; i < 3 * CASES_PER_DECISION + 2; i++) {
                entrants.add(up.register("rider", i == 0 ? "DSZ" : "KRMY", String.format("91650200MA77AUT%03d", i)));
            }
            up.awaitKnown(entrants);
            double[] totals = new double[entrants.size()];
            for (int i = 0; i < totals.length; i++) {
                totals[i] = 100 - i;
            }
            up.publishResults("rider", 1, Upstream.results(entrants, totals));
            up.awaitRanking("rider", 1);
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
            String resolved = path.replace("{c}", up.city).replace("{e}", "rider").replace("{objection}", objection);
            if (resolved.contains("{open}")) {
                // each decision case decides a fresh open objection (the rightful replay decides it)
                resolved = resolved.replace("{open}", open.get(path.endsWith("rejection") ? REJECT : RESOLVE).pop());
            }
            return resolved;
        }

        /** What a refused request could have changed: the event's objections and its ranking, as an organiser sees them. */
        String snapshot() {
            return String.join("\n",
                    given().auth().oauth2(Tokens.organizer()).get(OBJECTIONS.replace("{c}", up.city).replace("{e}", "rider"))
                            .then().statusCode(200).extract().asString(),
                    given().get("/api/v1/events/{c}/rider/ranking", up.city).then().statusCode(200).extract().asString());
        }
    }
}
