package org.skillscontest.registration.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.skillscontest.testing.ServiceInfrastructure;
import org.skillscontest.testing.Tokens;
import org.skillscontest.testing.Topics;

@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
class RegistrationApiTest {

    private final Organiser organiser = new Organiser();

    @Test
    void entrantRegistersAndTheEntryIsAnnouncedWithCloudEventsHeaders() {
        String fed = organiser.federation("fed", "650203");
        String competition = organiser.competition("comp", "CITY", "650200", null);
        organiser.event(competition, "rider", null).statusCode(201);
        String idNumber = People.idNumber("650203", LocalDate.of(1995, 3, 14), 1);

        String entryId = given().auth().oauth2(Tokens.federation(fed)).contentType(ContentType.JSON)
                .body(People.entry("阿不都", idNumber))
                .post("/api/v1/competitions/{c}/events/rider/entries", competition)
                .then().statusCode(201)
                .body("status", equalTo("REGISTERED"))
                .body("personId", notNullValue())
                .extract().path("entryId");

        ConsumerRecord<String, String> mine = Topics.find("registration.entry-registered.v1", r -> r.value().contains(entryId));
        assertThat(mine.key()).isEqualTo(competition + "/rider");
        assertThat(Topics.header(mine, "ce_type")).isEqualTo("registration.entry-registered.v1");
        assertThat(Topics.header(mine, "ce_source")).isEqualTo("/registration-service");
        assertThat(Topics.header(mine, "ce_id")).isNotBlank();
        assertThat(mine.value()).contains("650203********" + idNumber.substring(14)).doesNotContain(idNumber);
    }

    @Test
    void aWrongCheckDigitIsRejectedNamingTheFieldAndNothingIsStored() {
        String fed = organiser.federation("fed", "650203");
        String competition = organiser.competition("comp", "CITY", "650200", null);
        organiser.event(competition, "rider", null).statusCode(201);
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
}
