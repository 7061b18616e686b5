package org.skillscontest.registration.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.skillscontest.testing.ServiceInfrastructure;
import org.skillscontest.testing.Tokens;
import org.skillscontest.testing.Topics;

@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
class RegistrationApiTest {

    /** A unique suffix so tests share one database without meeting. */
    private final String run = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void entrantRegistersAndTheEntryIsAnnouncedWithCloudEventsHeaders() {
        String fed = federation("650200");
        String competition = competition("CITY", "650200", null);
        event(competition, "rider", null);
        String idNumber = People.idNumber("650203", LocalDate.of(1995, 3, 14), 1);

        String entryId = given().auth().oauth2(Tokens.federation(fed)).contentType(ContentType.JSON)
                .body(People.entry("阿不都", idNumber))
                .post("/api/v1/competitions/{c}/events/rider/entries", competition)
                .then().statusCode(201)
                .body("status", equalTo("REGISTERED"))
                .body("personId", notNullValue())
                .extract().path("entryId");

        List<ConsumerRecord<String, String>> records = Topics.read("registration.entry-registered.v1", 1);
        ConsumerRecord<String, String> mine = records.stream()
                .filter(r -> r.value().contains(entryId)).findFirst().orElseThrow();
        assertThat(mine.key()).isEqualTo(competition + "/rider");
        assertThat(Topics.header(mine, "ce_type")).isEqualTo("registration.entry-registered.v1");
        assertThat(Topics.header(mine, "ce_source")).isEqualTo("/registration-service");
        assertThat(Topics.header(mine, "ce_id")).isNotBlank();
        assertThat(mine.value()).contains("650203********" + idNumber.substring(14)).doesNotContain(idNumber);
    }

    @Test
    void aWrongCheckDigitIsRejectedNamingTheFieldAndNothingIsStored() {
        String fed = federation("650200");
        String competition = competition("CITY", "650200", null);
        event(competition, "rider", null);
        String good = People.idNumber("650203", LocalDate.of(1990, 1, 1), 2);
        String bad = good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');

        given().auth().oauth2(Tokens.federation(fed)).contentType(ContentType.JSON)
                .body(People.entry("李娜", bad))
                .post("/api/v1/competitions/{c}/events/rider/entries", competition)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("idNumber"))
                .body("errors.code", hasItem("id-number-check-digit"));

        given().auth().oauth2(Tokens.organizer())
                .get("/api/v1/competitions/{c}/events/rider/entries", competition)
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void requestsWithoutTokenOrWithTheWrongRoleAreRefusedAsProblems() {
        given().contentType(ContentType.JSON).body(Map.of("code", "x", "name", "x", "regionCode", "650000"))
                .post("/api/v1/federations")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.federation("any")).contentType(ContentType.JSON)
                .body(Map.of("code", "x", "name", "x", "regionCode", "650000"))
                .post("/api/v1/federations")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void invalidReferenceDataNamesTheField() {
        given().auth().oauth2(Tokens.organizer()).contentType(ContentType.JSON)
                .body(Map.of("code", "bad code!", "name", "x", "regionCode", "65"))
                .post("/api/v1/federations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("code"))
                .body("errors.field", hasItem("regionCode"));
    }

    private String federation(String region) {
        String code = "fed-" + run;
        given().auth().oauth2(Tokens.organizer()).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "克拉玛依市总工会", "regionCode", region))
                .post("/api/v1/federations").then().statusCode(201);
        return code;
    }

    private String competition(String level, String region, String feeds) {
        String code = "comp-" + run;
        Map<String, Object> body = new java.util.HashMap<>(Map.of("code", code, "name", "克拉玛依市第十七届职业技能大赛",
                "level", level, "regionCode", region, "edition", 17, "year", 2027,
                "startsOn", LocalDate.now().plusMonths(2).toString(),
                "registrationClosesAt", Instant.now().plus(30, ChronoUnit.DAYS).toString()));
        if (feeds != null) {
            body.put("feeds", feeds);
        }
        given().auth().oauth2(Tokens.organizer()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/competitions").then().statusCode(201);
        return code;
    }

    private void event(String competition, String code, Map<String, String> advancesTo) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("code", code, "name", "网约配送员", "occupation", "网约配送员",
                "skillLevel", 3, "capacity", 100, "quota", 3,
                "scoring", Map.of("theoryWeight", 30, "practicalWeight", 70, "tolerancePercent", 10,
                        "modules", List.of(Map.of("code", "route", "name", "路线规划", "maxMark", 100, "weight", 100)))));
        if (advancesTo != null) {
            body.put("advancesTo", advancesTo);
        }
        given().auth().oauth2(Tokens.organizer()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/competitions/{c}/events", competition).then().statusCode(201);
    }
}
