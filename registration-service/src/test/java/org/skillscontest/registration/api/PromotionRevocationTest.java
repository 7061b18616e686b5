package org.skillscontest.registration.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillscontest.testing.Rows;
import org.skillscontest.testing.ServiceInfrastructure;
import org.skillscontest.testing.Tokens;
import org.skillscontest.testing.Topics;

/**
 * Promotions and their revocations travel on two topics that registration consumes concurrently, so
 * a revocation may be handled before the promotion it revokes. Either order ends the same way: the
 * entrant is not registered one level up.
 */
@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
class PromotionRevocationTest {

    private static final String PROMOTED = "ranking.entrant-promoted.v1";
    private static final String REVOKED = "ranking.promotion-revoked.v1";

    private final Organiser organiser = new Organiser();

    @Test
    void aRevocationHandledBeforeItsPromotionKeepsTheLatePromotionFromRegistering() {
        Setup s = setUp(LocalDate.of(1993, 7, 7), 51);
        String promotionId = UUID.randomUUID().toString();
        String revocationEventId = UUID.randomUUID().toString();
        Topics.send(REVOKED, s.personId, revocationEventId, revocation(promotionId, s, "rider"));
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(revocationEventId));

        Topics.send(PROMOTED, s.personId, UUID.randomUUID().toString(), promotion(promotionId, s, "rider"));
        // a later promotion of the same person (same key, so behind it on the topic) into another event: once
        // it is registered, the revoked one has been handled
        String marker = UUID.randomUUID().toString();
        Topics.send(PROMOTED, s.personId, UUID.randomUUID().toString(), promotion(marker, s, "welder"));
        await().atMost(Duration.ofSeconds(30)).until(() -> entries(s.province, "welder").getList("items").size() == 1);

        assertThat(entries(s.province, "welder").getString("items[0].promotionId")).isEqualTo(marker);
        assertThat(entries(s.province, "rider").getList("items")).as("entries for the revoked promotion").isEmpty();
        assertThat(outboxEvents("registration.entry-registered.v1", promotionId)).isZero();
        assertThat(outboxEvents("registration.entry-withdrawn.v1", promotionId)).isZero();
    }

    @Test
    void aRevocationAfterItsPromotionWithdrawsTheEntryOnce() {
        Setup s = setUp(LocalDate.of(1992, 8, 8), 53);
        String promotionId = UUID.randomUUID().toString();
        Topics.send(PROMOTED, s.personId, UUID.randomUUID().toString(), promotion(promotionId, s, "rider"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "REGISTERED".equals(entries(s.province, "rider").getString("items[0].status")));

        Topics.send(REVOKED, s.personId, UUID.randomUUID().toString(), revocation(promotionId, s, "rider"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "WITHDRAWN".equals(entries(s.province, "rider").getString("items[0].status")));

        assertThat(entries(s.province, "rider").getString("items[0].promotionId")).isEqualTo(promotionId);
        assertThat(outboxEvents("registration.entry-registered.v1", promotionId)).isEqualTo(1);
        assertThat(outboxEvents("registration.entry-withdrawn.v1", promotionId)).isEqualTo(1);
    }

    /** A provincial competition with rider and welder events, fed by a city one where the entrant is registered. */
    private record Setup(String city, String province, String entryId, String personId) {
    }

    private Setup setUp(LocalDate birth, int sequence) {
        String fed = organiser.federation("krmy", "650203");
        String province = organiser.competition("xj", "PROVINCIAL", "650000", null);
        organiser.event(province, "rider", null).statusCode(201);
        organiser.event(province, "welder", null, Map.of("name", "焊工", "occupation", "焊工")).statusCode(201);
        String city = organiser.competition("krmy", "CITY", "650200", province);
        organiser.event(city, "rider", Map.of("competition", province, "event", "rider")).statusCode(201);
        Map<String, String> entrant = organiser.register(fed, city, "rider", "热合曼", People.idNumber("650203", birth, sequence));
        return new Setup(city, province, entrant.get("entryId"), entrant.get("personId"));
    }

    private static JsonPath entries(String competition, String event) {
        return given().auth().oauth2(Tokens.organizer()).get("/api/v1/competitions/{c}/events/{e}/entries", competition, event)
                .then().statusCode(200).extract().jsonPath();
    }

    private static String promotion(String promotionId, Setup s, String toEvent) {
        return """
                {"promotionId":"%s","personId":"%s","maskedIdNumber":"650203********0011","name":"x","federation":"f",
                 "from":{"competition":"%s","event":"rider","level":"CITY","entryId":"%s","place":1,"total":95.5,"award":"GOLD"},
                 "to":{"competition":"%s","event":"%s","level":"PROVINCIAL"}}"""
                .formatted(promotionId, s.personId, s.city, s.entryId, s.province, toEvent);
    }

    private static String revocation(String promotionId, Setup s, String toEvent) {
        return """
                {"promotionId":"%s","personId":"%s","to":{"competition":"%s","event":"%s","level":"PROVINCIAL"},
                 "reason":"results version 2 no longer places the entrant within the quota"}"""
                .formatted(promotionId, s.personId, s.province, toEvent);
    }

    private boolean processed(String eventId) {
        return Rows.count("select count(*) from processed_event where event_id = ?1", eventId) == 1;
    }

    private long outboxEvents(String topic, String text) {
        return Rows.count("select count(*) from outbox where topic = ?1 and payload like ?2", topic, "%" + text + "%");
    }
}
