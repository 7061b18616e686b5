package org.skillscontest.registration.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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
 * A withdrawal after ranking is a real case (the entrant cannot go on): registration takes it whatever
 * the event's state, and the revocation ranking sends for it withdraws the next-level entry, reason and all.
 */
@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
class WithdrawalAfterRankingTest {

    private final Organiser organiser = new Organiser();

    @Test
    void anEntrantRankedAndPromotedMayStillBeWithdrawnAndTheRevocationWithdrawsTheNextLevelEntry() {
        String fed = organiser.federation("krmy", "650203");
        String province = organiser.competition("xj", "PROVINCIAL", "650000", null);
        organiser.event(province, "rider", null).statusCode(201);
        String city = organiser.competition("krmy", "CITY", "650200", province);
        organiser.event(city, "rider", Map.of("competition", province, "event", "rider")).statusCode(201);
        Map<String, String> a = organiser.register(fed, city, "rider", "热合曼", People.idNumber("650203", LocalDate.of(1991, 3, 3), 7));

        // ranking announces the results (a version listing a disqualified entrant too) and promotes the entrant
        Topics.send("ranking.event-ranked.v1", city + "/rider", UUID.randomUUID().toString(), """
                {"competition":"%s","event":"rider","level":"CITY","version":2,"places":[
                 {"place":1,"entryId":"%s","personId":"%s","name":"热合曼","federation":"%s","total":95,"practical":96,"theory":92,
                  "award":"GOLD","advanced":true,"status":"COMPETING","statusReason":null},
                 {"place":null,"entryId":"%s","personId":"%s","name":"x","federation":"%s","total":null,"practical":null,"theory":null,
                  "award":null,"advanced":false,"status":"DISQUALIFIED","statusReason":"使用违规工具"}]}"""
                .formatted(city, a.get("entryId"), a.get("personId"), fed, UUID.randomUUID(), UUID.randomUUID(), fed));
        String promotionId = UUID.randomUUID().toString();
        Topics.send("ranking.entrant-promoted.v1", a.get("personId"), UUID.randomUUID().toString(), """
                {"promotionId":"%s","personId":"%s","maskedIdNumber":"650203********0071","name":"热合曼","federation":"%s",
                 "from":{"competition":"%s","event":"rider","level":"CITY","entryId":"%s","place":1,"total":95,"award":"GOLD"},
                 "to":{"competition":"%s","event":"rider","level":"PROVINCIAL"}}"""
                .formatted(promotionId, a.get("personId"), fed, city, a.get("entryId"), province));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/competitions/{c}/statistics", city).then().statusCode(200).body("published", equalTo(true)));
        await().atMost(Duration.ofSeconds(30)).until(() -> "REGISTERED".equals(entries(province).getString("items[0].status")));

        // the federation withdraws the ranked, promoted city entry
        given().auth().oauth2(Tokens.federation(fed)).contentType(ContentType.JSON).body(Map.of("reason", "因伤无法参加省赛"))
                .post("/api/v1/entries/{id}/withdrawal", a.get("entryId")).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        assertThat(Rows.count("select count(*) from outbox where topic = ?1 and payload like ?2", "registration.entry-withdrawn.v1",
                "%" + a.get("entryId") + "%因伤无法参加省赛%")).isEqualTo(1);

        // ranking re-ranks and revokes the promotion, saying why: the provincial entry is withdrawn with that reason
        Topics.send("ranking.promotion-revoked.v1", a.get("personId"), UUID.randomUUID().toString(), """
                {"promotionId":"%s","personId":"%s","to":{"competition":"%s","event":"rider","level":"PROVINCIAL"},
                 "reason":"退赛：因伤无法参加省赛 (the entrant withdrew; results version 3 of %s/rider)"}"""
                .formatted(promotionId, a.get("personId"), province, city));
        await().atMost(Duration.ofSeconds(30)).until(() -> "WITHDRAWN".equals(entries(province).getString("items[0].status")));
        assertThat(Rows.count("select count(*) from entry where promotion_id = ?1 and withdrawal_reason like ?2",
                UUID.fromString(promotionId), "promotion revoked: 退赛：因伤无法参加省赛%")).isEqualTo(1);
    }

    private static JsonPath entries(String competition) {
        return given().auth().oauth2(Tokens.organizer()).get("/api/v1/competitions/{c}/events/rider/entries", competition)
                .then().statusCode(200).extract().jsonPath();
    }
}
