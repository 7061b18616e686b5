package org.skillscontest.registration.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillscontest.testing.ServiceInfrastructure;
import org.skillscontest.testing.Tokens;

/** A federation sees and changes only its own entries, and only enters competitions of its region. */
@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
class JurisdictionTest {

    private final Organiser organiser = new Organiser();

    @Test
    void aFederationOutsideTheCompetitionsRegionIsRefusedAsIneligible() {
        String jilin = organiser.federation("jl", "220100");
        String karamay = organiser.competition("krmy", "CITY", "650200", null);
        organiser.event(karamay, "rider", null).statusCode(201);
        given().auth().oauth2(Tokens.federation(jilin)).contentType(ContentType.JSON)
                .body(People.entry("张伟", People.idNumber("220102", LocalDate.of(1991, 1, 1), 31)))
                .post("/api/v1/competitions/{c}/events/rider/entries", karamay)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.code", hasItem("outside-jurisdiction"));
    }

    @Test
    void aFederationListsAndWithdrawsOnlyItsOwnEntries() {
        String own = organiser.federation("own", "650203");
        String other = organiser.federation("other", "650202");
        String karamay = organiser.competition("krmy", "CITY", "650200", null);
        organiser.event(karamay, "rider", null).statusCode(201);
        String idNumber = People.idNumber("650203", LocalDate.of(1993, 3, 3), 41);
        Map<String, String> mine = organiser.register(own, karamay, "rider", "王芳", idNumber);
        organiser.register(other, karamay, "rider", "刘洋", People.idNumber("650202", LocalDate.of(1992, 2, 2), 51));

        given().auth().oauth2(Tokens.federation(own)).get("/api/v1/competitions/{c}/events/rider/entries", karamay)
                .then().statusCode(200).body("total", equalTo(1))
                .body("items[0].idNumber", equalTo(idNumber.substring(0, 6) + "********" + idNumber.substring(14)));
        given().auth().oauth2(Tokens.organizer()).get("/api/v1/competitions/{c}/events/rider/entries", karamay)
                .then().statusCode(200).body("total", equalTo(2));
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/competitions/{c}/events/rider/entries", karamay)
                .then().statusCode(200).body("items.idNumber", hasItem(idNumber));
        given().get("/api/v1/competitions/{c}/events/rider/entries", karamay).then().statusCode(401);

        given().auth().oauth2(Tokens.federation(other)).contentType(ContentType.JSON).body(Map.of("reason", "病假"))
                .post("/api/v1/entries/{id}/withdrawal", mine.get("entryId"))
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.federation(own)).contentType(ContentType.JSON).body(Map.of("reason", "病假 sick leave"))
                .post("/api/v1/entries/{id}/withdrawal", mine.get("entryId"))
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        given().auth().oauth2(Tokens.federation(own)).contentType(ContentType.JSON).body(Map.of("reason", "again"))
                .post("/api/v1/entries/{id}/withdrawal", mine.get("entryId"))
                .then().statusCode(409);
    }

    @Test
    void anEventAdvancesOnlyToAnEventOfTheCompetitionItsCompetitionFeeds() {
        String province = organiser.competition("xj", "PROVINCIAL", "650000", null);
        String otherProvince = organiser.competition("jl", "PROVINCIAL", "220000", null);
        organiser.event(otherProvince, "rider", null).statusCode(201);
        String city = organiser.competition("krmy", "CITY", "650200", province);
        organiser.event(city, "rider", Map.of("competition", otherProvince, "event", "rider"))
                .statusCode(400).body("errors.field", hasItem("advancesTo.competition"));
        organiser.event(city, "rider", Map.of("competition", province, "event", "missing"))
                .statusCode(400).body("errors.code", hasItem("unknown-event"));
    }
}
