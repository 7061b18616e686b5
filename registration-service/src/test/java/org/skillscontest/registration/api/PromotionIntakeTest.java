package org.skillscontest.registration.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.skillscontest.testing.Rows;
import org.skillscontest.testing.ServiceInfrastructure;
import org.skillscontest.testing.Tokens;
import org.skillscontest.testing.Topics;

/** Promotions arriving from ranking: registered one level up once, however often delivered; bad records to the DLQ. */
@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
class PromotionIntakeTest {

    private static final String TOPIC = "ranking.entrant-promoted.v1";

    private final Organiser organiser = new Organiser();

    @Test
    void aPromotionRegistersTheEntrantOneLevelUpOnceEvenWhenDeliveredTwice() {
        String fed = organiser.federation("krmy", "650203");
        String province = organiser.competition("xj", "PROVINCIAL", "650000", null);
        organiser.event(province, "rider", null).statusCode(201);
        String city = organiser.competition("krmy", "CITY", "650200", province);
        organiser.event(city, "rider", Map.of("competition", province, "event", "rider")).statusCode(201);
        Map<String, String> entrant = organiser.register(fed, city, "rider", "热合曼·阿不都",
                People.idNumber("650203", LocalDate.of(1994, 6, 1), 11));

        String promotionId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        String promotion = promotion(promotionId, entrant, city, province);
        send(eventId, entrant.get("personId"), promotion);
        send(eventId, entrant.get("personId"), promotion); // redelivery: same ce_id

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(entries(province)).hasSize(1));
        JsonPath registered = JsonPath.from(given().auth().oauth2(Tokens.organizer())
                .get("/api/v1/competitions/{c}/events/rider/entries", province).asString());
        assertThat(registered.getString("items[0].origin")).isEqualTo("PROMOTED");
        assertThat(registered.getString("items[0].promotionId")).isEqualTo(promotionId);
        assertThat(registered.getString("items[0].personId")).isEqualTo(entrant.get("personId"));
        assertThat(registered.getString("items[0].federation")).isEqualTo(fed);

        // the same promotion again under another event id changes nothing either
        String again = UUID.randomUUID().toString();
        send(again, entrant.get("personId"), promotion);
        Rows.awaitProcessed(again);
        assertThat(entries(province)).hasSize(1);
    }

    @Test
    void anUnreadableRecordGoesToTheDeadLetterTopicWithItsReasonAndTheConsumerCarriesOn() {
        String fed = organiser.federation("krmy", "650203");
        String province = organiser.competition("xj", "PROVINCIAL", "650000", null);
        organiser.event(province, "rider", null).statusCode(201);
        String city = organiser.competition("krmy", "CITY", "650200", province);
        organiser.event(city, "rider", Map.of("competition", province, "event", "rider")).statusCode(201);
        Map<String, String> entrant = organiser.register(fed, city, "rider", "李娜",
                People.idNumber("650203", LocalDate.of(1990, 2, 2), 22));

        String badId = UUID.randomUUID().toString();
        send(badId, entrant.get("personId"), "{not json");
        send(UUID.randomUUID().toString(), entrant.get("personId"),
                promotion(UUID.randomUUID().toString(), entrant, city, province));

        ConsumerRecord<String, String> dead = Topics.find(TOPIC + ".dlq", r -> badId.equals(Topics.header(r, "ce_id")));
        assertThat(Topics.header(dead, "dead-letter-reason")).contains("not a readable EntrantPromoted");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(entries(province)).hasSize(1));
    }

    private static List<Object> entries(String competition) {
        return given().auth().oauth2(Tokens.organizer())
                .get("/api/v1/competitions/{c}/events/rider/entries", competition)
                .then().statusCode(200).extract().path("items");
    }

    private static String promotion(String promotionId, Map<String, String> entrant, String from, String to) {
        return """
                {"promotionId":"%s","personId":"%s","maskedIdNumber":"650203********0011","name":"x","federation":"f",
                 "from":{"competition":"%s","event":"rider","level":"CITY","entryId":"%s","place":1,"total":95.5,"award":"GOLD"},
                 "to":{"competition":"%s","event":"rider","level":"PROVINCIAL"}}"""
                .formatted(promotionId, entrant.get("personId"), from, entrant.get("entryId"), to);
    }

    private static void send(String eventId, String key, String value) {
        Topics.send(TOPIC, key, eventId, value);
    }
}
