package org.skillscontest.ranking.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.skillscontest.contracts.AdvancementPolicy;
import org.skillscontest.contracts.CutMode;
import org.skillscontest.contracts.CutRule;
import org.skillscontest.contracts.EntryRegistered;
import org.skillscontest.contracts.EventOpened;
import org.skillscontest.contracts.Round;
import org.skillscontest.contracts.RoundResultsPublished;
import org.skillscontest.contracts.ScoringScheme;
import org.skillscontest.contracts.TiesAtLine;
import org.skillscontest.contracts.Topic;
import org.skillscontest.testing.ServiceInfrastructure;
import org.skillscontest.testing.Tokens;
import org.skillscontest.testing.Topics;

/**
 * An earlier round ranked: places, the cut under the event's tie setting, announced on
 * {@code ranking.round-ranked.v1}, shown by the round's API, the results page and the statistics;
 * no awards or promotions come from it.
 */
@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
class RoundRankingTest {

    static final ScoringScheme THEORY_ONLY = new ScoringScheme(100, 0, BigDecimal.TEN, List.of());

    @Inject
    ObjectMapper json;

    @Test
    void thePreliminaryIsRankedAndItsCutAnnouncedTiesAtTheLineAllGoOn() throws Exception {
        Upstream up = new Upstream(json);
        EventOpened target = up.provincialEvent("rider");
        up.publish(Topic.EVENT_OPENED, target, target.ref().key());
        EventOpened plain = up.cityEvent("rider", 1, new AdvancementPolicy(TiesAtLine.ALL, null));
        EventOpened inRounds = new EventOpened(plain.ref(), plain.competitionName(), plain.regionCode(), plain.edition(),
                plain.year(), plain.startsOn(), plain.registrationClosesAt(), plain.name(), plain.occupation(), plain.skillLevel(),
                plain.capacity(), plain.quota(), plain.advancesTo(), plain.scoring(), plain.awards(), plain.advancement(), null, plain.publication(), plain.honours(),
                List.of(new Round("PRELIM", "初赛", THEORY_ONLY, new CutRule(CutMode.TOP_N, BigDecimal.valueOf(2), null)),
                        new Round("FINAL", "决赛", plain.scoring(), null)));
        // the results and entrants come first, the definition last: the round waits for it
        List<EntryRegistered> entrants = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            entrants.add(up.register("rider", "KRMY", "91650200MA77ABCDE0"));
        }
        up.awaitKnown(entrants);
        up.publish(Topic.ROUND_RESULTS_PUBLISHED, new RoundResultsPublished(up.city, "rider", "PRELIM", 1, 1, 1,
                Upstream.results(entrants, 95, 88, 88, 70, 60)), Topic.eventKey(up.city, "rider"));
        up.publish(Topic.EVENT_OPENED, inRounds, inRounds.ref().key());

        ConsumerRecord<String, String> record = Topics.find(Topic.ROUND_RANKED.topicName(),
                r -> r.key().equals(Topic.eventKey(up.city, "rider")));
        JsonNode ranked = json.readTree(record.value());
        assertThat(ranked.get("round").asText()).isEqualTo("PRELIM");
        assertThat(ranked.get("nextRound").asText()).isEqualTo("FINAL");
        assertThat(ranked.get("entrants").asInt()).isEqualTo(5);
        assertThat(ranked.get("qualified").asInt()).isEqualTo(3); // two places, a tie at the second: all three
        assertThat(ranked.get("cutMark").decimalValue()).isEqualByComparingTo("88");
        List<String> qualified = new ArrayList<>();
        ranked.get("places").forEach(p -> {
            if (p.get("qualified").asBoolean()) {
                qualified.add(p.get("entryId").asText());
            }
        });
        assertThat(qualified).containsExactlyInAnyOrder(entrants.get(0).entryId().toString(),
                entrants.get(1).entryId().toString(), entrants.get(2).entryId().toString());

        JsonPath round = given().get("/api/v1/events/{c}/rider/rounds/PRELIM/ranking", up.city)
                .then().statusCode(200).extract().jsonPath();
        assertThat(round.getString("name")).isEqualTo("初赛");
        assertThat(round.getString("nextRoundName")).isEqualTo("决赛");
        assertThat(round.getList("places.place", Integer.class)).containsExactly(1, 2, 2, 4, 5);
        assertThat(round.getList("places.qualified", Boolean.class)).containsExactly(true, true, true, false, false);
        assertThat(round.getString("places[0].name")).isEqualTo(entrants.get(0).name());
        // a round is not the event's result: no ranking, no promotion yet
        given().get("/api/v1/events/{c}/rider/ranking", up.city).then().statusCode(404);
        given().get("/api/v1/competitions/{c}/promotions", up.city).then().statusCode(200).body("total", equalTo(0));
        // the figures: 3 of 5 into the final, cut mark 88
        JsonPath stats = given().auth().oauth2(Tokens.organizer()).get("/api/v1/competitions/{c}/statistics", up.city)
                .then().statusCode(200).extract().jsonPath();
        assertThat(stats.getInt("rounds[0].entrants")).isEqualTo(5);
        assertThat(stats.getInt("rounds[0].qualified")).isEqualTo(3);
        assertThat(new BigDecimal(stats.getString("rounds[0].cutMark"))).isEqualByComparingTo("88");
    }

    @Test
    void aCorrectedPreliminaryRedrawsTheCutUnderNoneTiesAndThePageShowsTheFinalists() throws Exception {
        Upstream up = new Upstream(json);
        EventOpened target = up.provincialEvent("cook");
        up.publish(Topic.EVENT_OPENED, target, target.ref().key());
        EventOpened plain = up.cityEvent("cook", 1, new AdvancementPolicy(TiesAtLine.NONE, null));
        up.publish(Topic.EVENT_OPENED, new EventOpened(plain.ref(), plain.competitionName(), plain.regionCode(), plain.edition(),
                plain.year(), plain.startsOn(), plain.registrationClosesAt(), plain.name(), plain.occupation(), plain.skillLevel(),
                plain.capacity(), plain.quota(), plain.advancesTo(), plain.scoring(), plain.awards(), plain.advancement(), null, plain.publication(), plain.honours(),
                List.of(new Round("PRELIM", "初赛", THEORY_ONLY, new CutRule(CutMode.TOP_PERCENT, BigDecimal.valueOf(50), null)),
                        new Round("FINAL", "决赛", plain.scoring(), null))), plain.ref().key());
        List<EntryRegistered> entrants = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            entrants.add(up.register("cook", "KRMY", "91650200MA77ABCDE0"));
        }
        up.awaitKnown(entrants);
        // 50 % of 4 = 2 places; a tie across the line at 2nd: under NONE only the first goes on
        up.publish(Topic.ROUND_RESULTS_PUBLISHED, new RoundResultsPublished(up.city, "cook", "PRELIM", 1, 1, 1,
                Upstream.results(entrants, 90, 80, 80, 70)), Topic.eventKey(up.city, "cook"));
        awaitRound(up, 1, 1);
        // a correction (version 2) breaks the tie
        up.publish(Topic.ROUND_RESULTS_PUBLISHED, new RoundResultsPublished(up.city, "cook", "PRELIM", 2, 1, 1,
                Upstream.results(entrants, 90, 80, 81, 70)), Topic.eventKey(up.city, "cook"));
        JsonPath round = awaitRound(up, 2, 2);
        assertThat(round.getList("places.qualified", Boolean.class)).containsExactly(true, true, false, false);
        assertThat(round.getString("places[1].entryId")).isEqualTo(entrants.get(2).entryId().toString());

        // the page lists the finalists once the final is ranked too
        up.publishResults("cook", 1, Upstream.results(List.of(entrants.get(0), entrants.get(2)), 92, 85));
        up.awaitRanking("cook", 1);
        given().get("/results/{c}", up.city).then().statusCode(200)
                .body(containsString("初赛"))
                .body(containsString("进入决赛 2 人，分数线 81"))
                .body(containsString(entrants.get(2).name()));
    }

    private static JsonPath awaitRound(Upstream up, int version, int qualified) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var response = given().get("/api/v1/events/{c}/cook/rounds/PRELIM/ranking", up.city);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.jsonPath().getInt("version")).isEqualTo(version);
            assertThat(response.jsonPath().getInt("qualified")).isEqualTo(qualified);
        });
        return given().get("/api/v1/events/{c}/cook/rounds/PRELIM/ranking", up.city).then().extract().jsonPath();
    }
}
