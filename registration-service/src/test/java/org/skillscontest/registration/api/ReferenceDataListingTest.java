package org.skillscontest.registration.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillscontest.contracts.Level;
import org.skillscontest.testing.ServiceInfrastructure;
import org.skillscontest.testing.Tokens;

/**
 * The reference data as the console reads it: federations, competitions, a competition's events.
 * Other tests share the database, so each test looks for its own rows in the whole listing, read page
 * by page, and checks their order there.
 */
@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
class ReferenceDataListingTest {

    private final Organiser organiser = new Organiser();

    @Test
    void organisersAndAuditorsListEveryFederationByCodeAFederationOnlyItself() {
        String c = organiser.federation("fedc", "650203");
        String a = organiser.federation("feda", "650202");
        String b = organiser.federation("fedb", "650204");

        List<Map<String, Object>> all = everyPage("/api/v1/federations", Tokens.organizer(), 7);
        assertThat(all).extracting(f -> f.get("code")).doesNotHaveDuplicates();
        assertThat(all).extracting(f -> (String) f.get("code")).filteredOn(List.of(a, b, c)::contains).containsExactly(a, b, c);
        assertThat(all).filteredOn(f -> f.get("code").equals(b)).singleElement()
                .isEqualTo(Map.of("code", b, "name", "克拉玛依区总工会", "regionCode", "650204"));
        assertThat(everyPage("/api/v1/federations", Tokens.auditor(), 500)).isEqualTo(all);

        given().auth().oauth2(Tokens.federation(b)).get("/api/v1/federations").then().statusCode(200)
                .body("total", equalTo(1)).body("page", equalTo(0)).body("size", equalTo(50))
                .body("items.code", contains(b));
        // a token naming a federation that does not exist sees nothing, never everything
        given().auth().oauth2(Tokens.federation("nobody-" + organiser.run)).get("/api/v1/federations").then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void competitionsCityFirstThenProvincialThenNationalByCodeWithinALevel() {
        // codes whose alphabetical order is the levels' reverse
        String national = organiser.competition("anat", "NATIONAL", "100000", null);
        String provincial = organiser.competition("bprov", "PROVINCIAL", "650000", null);
        String city2 = organiser.competition("dcity", "CITY", "650200", null);
        String city1 = organiser.competition("ccity", "CITY", "650200", null);

        List<Map<String, Object>> all = everyPage("/api/v1/competitions", Tokens.judge("judge-" + organiser.run), 3);
        assertThat(all).extracting(c -> c.get("code")).doesNotHaveDuplicates();
        assertThat(all).extracting(c -> (String) c.get("code")).filteredOn(List.of(national, provincial, city1, city2)::contains)
                .containsExactly(city1, city2, provincial, national);
        assertThat(all).extracting(c -> Level.valueOf((String) c.get("level"))).isSorted();
        assertThat(all).filteredOn(c -> c.get("code").equals(provincial)).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("level", "PROVINCIAL").containsEntry("regionCode", "650000")
                        .containsEntry("edition", 17).containsEntry("publicityDays", 5).containsKeys("startsOn", "registrationClosesAt"));

        for (String token : List.of(Tokens.organizer(), Tokens.auditor(), Tokens.federation("any"), Tokens.chiefJudge("chief-x"))) {
            given().auth().oauth2(token).get("/api/v1/competitions?size=1").then().statusCode(200)
                    .body("size", equalTo(1)).body("items.size()", equalTo(1));
        }
        given().get("/api/v1/competitions").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aCompetitionsEventsByCodeAndEachEventOnItsOwn() {
        String provincial = organiser.competition("prov", "PROVINCIAL", "650000", null);
        organiser.event(provincial, "rider", null).statusCode(201);
        String city = organiser.competition("city", "CITY", "650200", provincial);
        organiser.event(city, "welder", null).statusCode(201);
        organiser.event(city, "rider", Map.of("competition", provincial, "event", "rider")).statusCode(201);
        organiser.event(city, "cook", null).statusCode(201);

        given().auth().oauth2(Tokens.federation("any")).get("/api/v1/competitions/{c}/events", city).then().statusCode(200)
                .body("total", equalTo(3)).body("page", equalTo(0)).body("size", equalTo(50))
                .body("items.code", contains("cook", "rider", "welder"))
                .body("items.competition", contains(city, city, city))
                .body("items[1].advancesTo.competition", equalTo(provincial))
                .body("items[1].advancesTo.level", equalTo("PROVINCIAL"))
                .body("items[0].advancesTo", nullValue())
                .body("items[0].scoring.modules.code", contains("route"));
        // page by page in the same order, each event once
        assertThat(everyPage("/api/v1/competitions/" + city + "/events", Tokens.organizer(), 2))
                .extracting(e -> e.get("code")).containsExactly("cook", "rider", "welder");
        String created = given().auth().oauth2(Tokens.organizer()).get("/api/v1/competitions/{c}/events/rider", city)
                .then().statusCode(200).body("code", equalTo("rider")).body("advancesTo.event", equalTo("rider"))
                .extract().asString();
        // the event as its listing shows it
        assertThat(JsonPath.from(created).getMap("")).isEqualTo(
                given().auth().oauth2(Tokens.judge("j-" + organiser.run)).get("/api/v1/competitions/{c}/events", city)
                        .then().extract().jsonPath().getMap("items[1]"));

        given().auth().oauth2(Tokens.chiefJudge("chief-x")).get("/api/v1/competitions/{c}/events", "nowhere-" + organiser.run)
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/competitions/{c}/events/{e}", city, "plumber")
                .then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/competitions/{c}/events", city).then().statusCode(401);
        // a competition without events lists none
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/competitions/{c}/events", organiser.competition("empty", "CITY", "650200", null))
                .then().statusCode(200).body("items.size()", equalTo(0)).body("total", equalTo(0));
    }

    @Test
    void aPageOrSizeOutOfRangeIsRefusedNamingTheParameter() {
        String city = organiser.competition("city", "CITY", "650200", null);
        for (String path : List.of("/api/v1/federations", "/api/v1/competitions", "/api/v1/competitions/" + city + "/events")) {
            refused(path + "?page=-1", "page", "min");
            refused(path + "?size=0", "size", "min");
            refused(path + "?size=501", "size", "max");
        }
        given().auth().oauth2(Tokens.organizer()).get("/api/v1/competitions?size=500").then().statusCode(200);
    }

    private static void refused(String path, String field, String code) {
        given().auth().oauth2(Tokens.organizer()).get(path).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field)).body("errors.code", hasItem(code));
    }

    /** Every item of a listing, page after page: each page says its number and size, and together they hold the total. */
    private static List<Map<String, Object>> everyPage(String path, String token, int size) {
        List<Map<String, Object>> items = new ArrayList<>();
        long total = Long.MAX_VALUE;
        for (int page = 0; (long) page * size < total; page++) {
            JsonPath answer = given().auth().oauth2(token).get(path + "?page=" + page + "&size=" + size)
                    .then().statusCode(200).body("page", equalTo(page)).body("size", equalTo(size)).extract().jsonPath();
            total = answer.getLong("total");
            items.addAll(answer.getList("items"));
        }
        assertThat(items).hasSize((int) total);
        assertThat(new HashSet<>(items)).hasSameSizeAs(items);
        return items;
    }
}
