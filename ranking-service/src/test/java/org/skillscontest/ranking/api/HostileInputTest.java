package org.skillscontest.ranking.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.skillscontest.testing.hostile.Kind.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.skillscontest.contracts.AdvancementPolicy;
import org.skillscontest.contracts.EntryRegistered;
import org.skillscontest.contracts.PromoteWhen;
import org.skillscontest.testing.ServiceInfrastructure;
import org.skillscontest.testing.Tokens;
import org.skillscontest.testing.hostile.CorpusRun;
import org.skillscontest.testing.hostile.Endpoint;
import org.skillscontest.testing.hostile.Expect;
import org.skillscontest.testing.hostile.HostileCorpus;

/**
 * The hostile corpus (issue 14) against every ranking endpoint, on one ranked event in its publicity
 * period with an open objection: each request, generated from the endpoints described here, is refused
 * with a 4xx problem+json naming the field where there is one, and the whole corpus changes no row and
 * publishes no record. The public reads have no caller to refuse: their paths are what is hostile.
 */
@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
class HostileInputTest {

    private static final String OBJECTIONS = "/api/v1/events/{c}/{e}/objections";

    @Inject
    ObjectMapper json;

    @Test
    void everyHostileRequestIsRefusedAndChangesNothing() {
        World w = new World(json);
        CorpusRun.Report report = CorpusRun.runSettled("ranking", URI.create("http://localhost:" + RestAssured.port),
                HostileCorpus.of(endpoints(w)));

        assertThat(report.failures()).as(report.line()).isEmpty();
        assertThat(report.tried()).isGreaterThanOrEqualTo(200);
    }

    private static List<Endpoint> endpoints(World w) {
        String city = w.up.city;
        String owner = "federation-KRMY";
        Set<String> federations = Set.of("federation");
        Expect forbidden = Expect.status(403);
        Set<String> readers = Set.of("organizer");
        return List.of(
                event(w, "lodge an objection", "POST", OBJECTIONS).caller(owner, federations, "KRMY")
                        .body(Map.of("entryId", w.fresh.entryId().toString(), "reason", "成绩登记有误"))
                        .field("entryId", UUID).field("reason", FREE_TEXT)
                        .refusing("another federation", Tokens.federation("DSZ"), forbidden)
                        .refusing("a federation token naming no federation", Tokens.token(owner, federations, null), forbidden),
                event(w, "objections", "GET", OBJECTIONS).caller("organizer-1", readers, null)
                        .allowing("auditor", "chief-judge", "federation"),
                event(w, "an objection", "GET", OBJECTIONS + "/{id}").caller("organizer-1", readers, null)
                        .allowing("auditor", "chief-judge", "federation").path("id", w.objection, UUID)
                        .refusing("another federation", Tokens.federation("DSZ"), Expect.status(404)),
                event(w, "reject an objection", "POST", OBJECTIONS + "/{id}/rejection").caller("chief-1", Set.of("chief-judge"), null)
                        .path("id", w.objection, UUID).body(Map.of("reason", "经核查无误")).field("reason", FREE_TEXT),
                event(w, "resolve an objection", "POST", OBJECTIONS + "/{id}/resolution").caller("chief-1", Set.of("chief-judge"), null)
                        .path("id", w.objection, UUID).body(Map.of("reason", "已更正")).field("reason", FREE_TEXT),
                event(w, "ranking", "GET", "/api/v1/events/{c}/{e}/ranking"),
                event(w, "event league", "GET", "/api/v1/events/{c}/{e}/league"),
                event(w, "a round's ranking", "GET", "/api/v1/events/{c}/{e}/rounds/{r}/ranking").path("r", "PRELIM", CODE),
                Endpoint.of("promotions", "GET", "/api/v1/competitions/{c}/promotions").path("c", city, CODE)
                        .unknownIds(null), // an unknown competition has promoted nobody: an empty list
                Endpoint.of("league", "GET", "/api/v1/competitions/{c}/league").path("c", city, CODE),
                Endpoint.of("statistics", "GET", "/api/v1/competitions/{c}/statistics").path("c", city, CODE),
                Endpoint.of("series statistics", "GET", "/api/v1/series/{s}/statistics").path("s", "series-" + city, CODE),
                Endpoint.of("pathway", "GET", "/api/v1/people/{person}/pathway").path("person", w.person, UUID),
                Endpoint.of("results page", "GET", "/results/{c}").path("c", city, CODE));
    }

    private static Endpoint event(World w, String name, String method, String path) {
        return Endpoint.of(name, method, path).path("c", w.up.city, CODE).path("e", "rider", CODE);
    }

    /** One event ranked in its publicity period: an objection lodged by the owner federation KRMY, an entrant with none yet. */
    static final class World {
        final Upstream up;
        final String objection;
        final EntryRegistered fresh;
        final String person;

        World(ObjectMapper json) {
            up = new Upstream(json).publicity(5, PromoteWhen.PROVISIONAL);
            up.openEvent("rider", 2, AdvancementPolicy.defaults());
            List<EntryRegistered> entrants = List.of(up.register("rider", "DSZ", "91650200MA77HOS001"),
                    up.register("rider", "KRMY", "91650200MA77HOS002"), up.register("rider", "KRMY", "91650200MA77HOS003"));
            up.awaitKnown(entrants);
            up.publishResults("rider", 1, Upstream.results(entrants, 100, 99, 98));
            up.awaitRanking("rider", 1);
            objection = given().auth().oauth2(Tokens.federation("KRMY")).contentType(ContentType.JSON)
                    .body(Map.of("entryId", entrants.get(1).entryId().toString(), "reason", "计时有误"))
                    .post(OBJECTIONS.replace("{c}", up.city).replace("{e}", "rider")).then().statusCode(201)
                    .extract().path("objectionId");
            fresh = entrants.get(2);
            person = entrants.get(1).personId().toString();
        }
    }
}
