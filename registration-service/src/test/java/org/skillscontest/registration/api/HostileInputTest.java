package org.skillscontest.registration.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.skillscontest.testing.hostile.Kind.*;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.skillscontest.testing.ServiceInfrastructure;
import org.skillscontest.testing.Tokens;
import org.skillscontest.testing.hostile.CorpusRun;
import org.skillscontest.testing.hostile.Endpoint;
import org.skillscontest.testing.hostile.Expect;
import org.skillscontest.testing.hostile.Field;
import org.skillscontest.testing.hostile.HostileCorpus;

/**
 * The hostile corpus (issue 14) against every registration endpoint: each request, generated from the
 * endpoints described here, is refused with a 4xx problem+json naming the field where there is one, and
 * the whole corpus changes no row and publishes no record.
 */
@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
class HostileInputTest {

    private static final String ENTRIES = "/api/v1/competitions/{c}/events/{e}/entries";
    private static final Set<String> EVERY_ROLE = Endpoint.ROLES;

    @Test
    void everyHostileRequestIsRefusedAndChangesNothing() {
        World w = new World();
        CorpusRun.Report report = CorpusRun.runSettled("registration", URI.create("http://localhost:" + RestAssured.port),
                HostileCorpus.of(endpoints(w)));

        assertThat(report.failures()).as(report.line()).isEmpty();
        assertThat(report.tried()).isGreaterThanOrEqualTo(200);
    }

    /** Every endpoint once, with valid values of the fixture: only what the corpus changes can be wrong. */
    private static List<Endpoint> endpoints(World w) {
        String organizer = "organizer-1";
        Set<String> organizers = Set.of("organizer");
        String owner = "federation-" + w.owner;
        Set<String> federations = Set.of("federation");
        String freshId = People.idNumber("650203", LocalDate.of(1991, 6, 1), 7);
        Map<String, Object> entry = new HashMap<>(People.entry("选手", freshId));
        entry.put("gender", "M");
        Expect forbidden = Expect.status(403);
        return List.of(
                Endpoint.of("create federation", "POST", "/api/v1/federations")
                        .caller(organizer, organizers, null)
                        .body(Map.of("code", "fed-hostile", "name", "独山子区总工会", "regionCode", "650202"))
                        .field("code", CODE).field("name", NAME).field("regionCode", REGION),
                Endpoint.of("create competition", "POST", "/api/v1/competitions")
                        .caller(organizer, organizers, null)
                        .body(EveryEndpointAuthTest.Bodies.competition("comp-hostile", w.series))
                        .field("code", CODE).field("name", NAME).field("level", ENUM).field("regionCode", REGION)
                        .field("edition", INTEGER).field("year", INTEGER).field("startsOn", DATE)
                        .field("registrationClosesAt", INSTANT).field("series", CODE),
                Endpoint.of("create event", "POST", "/api/v1/competitions/{c}/events")
                        .caller(organizer, organizers, null)
                        .path("c", w.competition, CODE)
                        .body(event())
                        .field("code", CODE).field("name", NAME).field("occupation", NAME).field("skillLevel", INTEGER)
                        .field("capacity", INTEGER).field("quota", INTEGER).field("promoteWhen", ENUM)
                        .field("scoring", OBJECT).field("scoring.theoryWeight", INTEGER).field("scoring.tolerancePercent", DECIMAL)
                        .field(Field.of("scoring.modules", LIST).maxItems(20)).field("scoring.modules[0].code", CODE)
                        .field("scoring.modules[0].name", NAME).field("scoring.modules[0].maxMark", DECIMAL)
                        .field("awards.mode", ENUM).field("awards.gold", INTEGER).field("advancement.ties", ENUM)
                        .field(Field.of("honours.upgrades", LIST).maxItems(10)).field("honours.upgrades[0].fromPlace", INTEGER),
                Endpoint.of("competition", "GET", "/api/v1/competitions/{c}").path("c", w.competition, CODE),
                Endpoint.of("register", "POST", ENTRIES)
                        .caller(owner, federations, w.owner)
                        .path("c", w.competition, CODE).path("e", "rider", CODE)
                        .body(entry)
                        .field("name", NAME).field("idNumber", ID_NUMBER).field("gender", ENUM).field("phone", PHONE)
                        .field("employer", OBJECT).field("employer.name", NAME).field("employer.creditCode", CREDIT_CODE)
                        .field("currentSkillLevel", INTEGER)
                        .refusing("a federation outside the competition's region", Tokens.federation(w.outsider), Expect.status(422))
                        .refusing("a federation token naming no federation", Tokens.token(owner, federations, null), forbidden),
                Endpoint.of("register a batch", "POST", ENTRIES + "/batch")
                        .caller(owner, federations, w.owner)
                        .path("c", w.competition, CODE).path("e", "rider", CODE)
                        .freshKey("Idempotency-Key")
                        .body(Map.of("entries", List.of(entry)))
                        .field(Field.of("entries", LIST).maxItems(5000)).field("entries[0]", OBJECT)
                        // a row's content is answered in its row (200, by contract): only what cannot be read refuses the batch
                        .field(Field.of("entries[0].name", NAME).perRow()).field(Field.of("entries[0].idNumber", ID_NUMBER).perRow())
                        .field(Field.of("entries[0].gender", ENUM).perRow()).field(Field.of("entries[0].phone", PHONE).perRow())
                        .field(Field.of("entries[0].employer", OBJECT).perRow())
                        .field(Field.of("entries[0].employer.creditCode", CREDIT_CODE).perRow())
                        .field(Field.of("entries[0].currentSkillLevel", INTEGER).perRow())
                        .refusing("a federation token naming no federation", Tokens.token(owner, federations, null), forbidden),
                Endpoint.of("list entries", "GET", ENTRIES)
                        .caller(organizer, organizers, null).allowing("federation", "auditor")
                        .path("c", w.competition, CODE).path("e", "rider", CODE)
                        .query("page", "0", INTEGER).query("size", "50", INTEGER).query("q", null, FREE_TEXT),
                Endpoint.of("withdraw", "POST", "/api/v1/entries/{entry}/withdrawal")
                        .caller(owner, federations, w.owner)
                        .path("entry", w.entryId, UUID)
                        .body(Map.of("reason", "病假 sick leave")).field("reason", FREE_TEXT)
                        .refusing("a neighbouring federation", Tokens.federation(w.neighbour), forbidden)
                        .refusing("a federation outside the region", Tokens.federation(w.outsider), forbidden)
                        .refusing("a federation token naming no federation", Tokens.token(owner, federations, null), forbidden),
                Endpoint.of("a person's entries", "GET", "/api/v1/people/{person}/entries")
                        .caller(owner, federations, w.owner).allowing("organizer", "auditor")
                        .path("person", w.personId, UUID)
                        .refusing("a neighbouring federation", Tokens.federation(w.neighbour), Expect.status(404)),
                Endpoint.of("statistics", "GET", "/api/v1/competitions/{c}/statistics").path("c", w.competition, CODE),
                Endpoint.of("series statistics", "GET", "/api/v1/series/{s}/statistics").path("s", w.series, CODE),
                Endpoint.of("list federations", "GET", "/api/v1/federations")
                        .caller(organizer, organizers, null).allowing("auditor", "federation")
                        .query("page", "0", INTEGER).query("size", "50", INTEGER),
                Endpoint.of("list competitions", "GET", "/api/v1/competitions")
                        .caller(organizer, EVERY_ROLE, null)
                        .query("page", "0", INTEGER).query("size", "50", INTEGER),
                Endpoint.of("list events", "GET", "/api/v1/competitions/{c}/events")
                        .caller(organizer, EVERY_ROLE, null).path("c", w.competition, CODE),
                Endpoint.of("event", "GET", "/api/v1/competitions/{c}/events/{e}")
                        .caller(organizer, EVERY_ROLE, null).path("c", w.competition, CODE).path("e", "rider", CODE));
    }

    /** A valid event with every part the corpus tries: modules, awards, advancement, an upgrade band. */
    private static Map<String, Object> event() {
        Map<String, Object> event = new HashMap<>(Map.of("code", "event-hostile", "name", "网约配送员", "occupation", "网约配送员",
                "skillLevel", 3, "capacity", 100, "quota", 3, "promoteWhen", "PROVISIONAL",
                "scoring", Map.of("theoryWeight", 30, "practicalWeight", 70, "tolerancePercent", 10,
                        "modules", List.of(Map.of("code", "route", "name", "路线规划", "maxMark", 100, "weight", 100)))));
        event.put("awards", Map.of("mode", "COUNT", "gold", 1, "silver", 2, "bronze", 3, "excellence", 4));
        event.put("advancement", Map.of("ties", "ALL"));
        event.put("honours", Map.of("upgrades", List.of(Map.of("fromPlace", 1, "toPlace", 3, "levels", 1))));
        return event;
    }

    /** One competition of a series, its event with one entrant, and three federations: the one that entered, a neighbour, an outsider. */
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
                    .body(EveryEndpointAuthTest.Bodies.competition(competition, series)).post("/api/v1/competitions").then().statusCode(201);
            organiser.event(competition, "rider", null).statusCode(201);
            Map<String, String> entry = organiser.register(owner, competition, "rider", "王芳",
                    People.idNumber("650203", LocalDate.of(1990, 1, 1), 2));
            entryId = entry.get("entryId");
            personId = entry.get("personId");
        }
    }
}
