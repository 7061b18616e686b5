package org.skillscontest.registration.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillscontest.testing.ServiceInfrastructure;
import org.skillscontest.testing.Tokens;
import org.skillscontest.testing.Topics;

/** Statistics per competition and series, a person's entries across levels, and who may see them. */
@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
class StatisticsTest {

    private final Organiser organiser = new Organiser();

    @Test
    void countsEntrantsEnterprisesFederationsAndPromotionsAndGoPublicWithTheResults() {
        String krmy = organiser.federation("krmy", "650203");
        String dsz = organiser.federation("dsz", "650202");
        String province = organiser.competition("xj", "PROVINCIAL", "650000", null);
        organiser.event(province, "rider", null).statusCode(201);
        String city = organiser.competition("krmy", "CITY", "650200", province);
        organiser.event(city, "rider", Map.of("competition", province, "event", "rider")).statusCode(201);
        Map<String, String> a = organiser.register(krmy, city, "rider", "甲", People.idNumber("650203", LocalDate.of(1990, 1, 1), 1));
        organiser.register(krmy, city, "rider", "乙", People.idNumber("650203", LocalDate.of(1990, 1, 2), 3));
        Map<String, String> c = organiser.register(dsz, city, "rider", "丙", People.idNumber("650202", LocalDate.of(1990, 1, 3), 5));
        given().auth().oauth2(Tokens.federation(dsz)).contentType(ContentType.JSON).body(Map.of("reason", "退赛"))
                .post("/api/v1/entries/{id}/withdrawal", c.get("entryId")).then().statusCode(200);
        // ranking promotes the first entrant
        Topics.send("ranking.entrant-promoted.v1", a.get("personId"), UUID.randomUUID().toString(), """
                {"promotionId":"%s","personId":"%s","maskedIdNumber":null,"name":"甲","federation":"%s",
                 "from":{"competition":"%s","event":"rider","level":"CITY","entryId":"%s","place":1,"total":90,"award":"GOLD"},
                 "to":{"competition":"%s","event":"rider","level":"PROVINCIAL"}}"""
                .formatted(UUID.randomUUID(), a.get("personId"), krmy, city, a.get("entryId"), province));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.organizer())
                .get("/api/v1/competitions/{c}/statistics", province).then().statusCode(200).body("totals.promotedIn", equalTo(1)));

        JsonPath stats = given().auth().oauth2(Tokens.organizer()).get("/api/v1/competitions/{c}/statistics", city)
                .then().statusCode(200).extract().jsonPath();
        assertThat(stats.getInt("events")).isEqualTo(1);
        assertThat(stats.getInt("totals.entrants")).isEqualTo(2);
        assertThat(stats.getInt("totals.withdrawn")).isEqualTo(1);
        assertThat(stats.getInt("totals.enterprises")).isEqualTo(1);
        assertThat(stats.getInt("totals.federations")).isEqualTo(1);
        assertThat(stats.getInt("totals.promotedOut")).isEqualTo(1);
        assertThat(stats.getInt("byEvent[0].counts.promotedOut")).isEqualTo(1);
        assertThat(stats.getBoolean("published")).isFalse();

        // the public sees nothing before the results are published (公示), everything after
        given().get("/api/v1/competitions/{c}/statistics", city).then().statusCode(404);
        Topics.send("ranking.event-ranked.v1", city + "/rider", UUID.randomUUID().toString(),
                "{\"competition\":\"%s\",\"event\":\"rider\",\"level\":\"CITY\",\"version\":1,\"places\":[]}".formatted(city));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/competitions/{c}/statistics", city).then().statusCode(200).body("published", equalTo(true)));

        // a person's entries at every level
        given().auth().oauth2(Tokens.organizer()).get("/api/v1/people/{p}/entries", a.get("personId"))
                .then().statusCode(200).body("total", equalTo(2)).body("items[1].origin", equalTo("PROMOTED"));
        // one entry a page, oldest first
        given().auth().oauth2(Tokens.organizer()).get("/api/v1/people/{p}/entries?page=1&size=1", a.get("personId"))
                .then().statusCode(200).body("total", equalTo(2)).body("items.origin", contains("PROMOTED"));
        given().auth().oauth2(Tokens.organizer()).get("/api/v1/people/{p}/entries?size=501", a.get("personId"))
                .then().statusCode(400).body("errors.field", contains("size"));
        given().auth().oauth2(Tokens.federation(dsz)).get("/api/v1/people/{p}/entries", a.get("personId")).then().statusCode(404);
        given().get("/api/v1/people/{p}/entries", a.get("personId")).then().statusCode(401);
    }

    @Test
    void aSeriesAddsUpItsEditions() {
        String fed = organiser.federation("krmy", "650203");
        String series = "krmy-skills-" + organiser.run;
        for (int edition : new int[]{16, 17}) {
            String code = "krmy" + edition + "-" + organiser.run;
            Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", "克拉玛依市第" + edition + "届职业技能大赛",
                    "level", "CITY", "regionCode", "650200", "edition", edition, "year", 2010 + edition,
                    "startsOn", LocalDate.now().plusMonths(2).toString(),
                    "registrationClosesAt", java.time.Instant.now().plus(Duration.ofDays(30)).toString(), "series", series));
            given().auth().oauth2(Tokens.organizer()).contentType(ContentType.JSON).body(body).post("/api/v1/competitions")
                    .then().statusCode(201);
            organiser.event(code, "rider", null).statusCode(201);
            organiser.register(fed, code, "rider", "选手", People.idNumber("650203", LocalDate.of(1980 + edition, 1, 1), edition));
        }
        given().auth().oauth2(Tokens.organizer()).get("/api/v1/series/{s}/statistics", series).then().statusCode(200)
                .body("editions.size()", equalTo(2)).body("editions[0].edition", equalTo(16)).body("totals.entrants", equalTo(2));
        given().get("/api/v1/series/{s}/statistics", series).then().statusCode(404);
    }
}
