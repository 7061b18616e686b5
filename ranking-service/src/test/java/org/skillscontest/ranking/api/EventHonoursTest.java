package org.skillscontest.ranking.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.skillscontest.contracts.AdvancementPolicy;
import org.skillscontest.contracts.EntryRegistered;
import org.skillscontest.contracts.HonourSettings;
import org.skillscontest.contracts.PromoteWhen;
import org.skillscontest.contracts.Topic;
import org.skillscontest.testing.ServiceInfrastructure;

/**
 * An event's own honour table (places per honour, an upgrade of two levels, 越级晋升) and organisation
 * award points, carried on event-opened: the one-upgrade-a-year rule still spans every event.
 */
@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
class EventHonoursTest {

    /** Shanghai-style: top 2 May Day medal, top 3 技术能手, 1st two levels up, 2nd–3rd one; points 10/6/3/1. */
    private static final HonourSettings SHANGHAI = new HonourSettings(2, 3, List.of(
            new HonourSettings.Upgrade(1, 1, null, 2), new HonourSettings.Upgrade(2, 3, null, 1)),
            new HonourSettings.OrganisationAward(10, 6, 3, 1));

    @Inject
    ObjectMapper json;

    @Test
    void anEventsOwnTableDecidesHonoursAndPointsAndOneUpgradeAYearSpansEvents() throws Exception {
        Upstream up = new Upstream(json).publicity(0, PromoteWhen.PROVISIONAL).honours(SHANGHAI);
        up.openEvent("rider", 1, AdvancementPolicy.defaults());
        up.openEvent("welder", 1, AdvancementPolicy.defaults());
        List<EntryRegistered> riders = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            riders.add(up.register("rider", i < 3 ? "KRMY" : "DSZ", String.format("91650200MA77HON%03d", i)));
        }
        // the first rider also enters the welders' event: the same person, another entry
        EntryRegistered star = riders.get(0);
        EntryRegistered starWelder = new EntryRegistered(UUID.randomUUID(), star.personId(), star.maskedIdNumber(), star.name(),
                star.gender(), star.federation(), star.employer(), star.currentSkillLevel(), up.city, "welder", star.level(),
                star.origin(), null);
        up.register(starWelder);
        List<EntryRegistered> welders = new ArrayList<>(List.of(starWelder));
        welders.add(up.register("welder", "DSZ", "91650200MA77HON100"));
        up.awaitKnown(riders);
        up.awaitKnown(welders);

        up.publishResults("rider", 1, Upstream.results(riders, 90, 80, 70, 60));
        up.awaitRanking("rider", 1);
        // skill level 4: 1st → 2 (two levels, 越级), 2nd and 3rd → 3; medals for the top 2, 技术能手 for the top 3
        List<JsonNode> honours = awaitHonours(up, "rider", 3 + 3 + 2);
        assertThat(describe(honours, riders)).containsExactlyInAnyOrder(
                "0:MAY_DAY_MEDAL", "0:TECHNICAL_EXPERT", "0:SKILL_LEVEL_UPGRADE→2",
                "1:MAY_DAY_MEDAL", "1:TECHNICAL_EXPERT", "1:SKILL_LEVEL_UPGRADE→3",
                "2:TECHNICAL_EXPERT", "2:SKILL_LEVEL_UPGRADE→3");

        // first among the welders too: medal and title, but no second upgrade this year
        up.publishResults("welder", 1, Upstream.results(welders, 95, 50));
        up.awaitRanking("welder", 1);
        List<JsonNode> welding = awaitHonours(up, "welder", 3 + 2);
        assertThat(welding).filteredOn(h -> h.get("personId").asText().equals(star.personId().toString()))
                .extracting(h -> h.get("kind").asText()).containsExactlyInAnyOrder("MAY_DAY_MEDAL", "TECHNICAL_EXPERT");
        assertThat(welding).filteredOn(h -> h.get("kind").asText().equals("SKILL_LEVEL_UPGRADE"))
                .extracting(h -> h.get("personId").asText()).containsExactly(welders.get(1).personId().toString());

        // the organisation award of each event at its points, and of the competition adding both
        JsonPath riderLeague = given().get("/api/v1/events/{c}/rider/league", up.city).then().statusCode(200).extract().jsonPath();
        assertThat(riderLeague.getList("items.federation", String.class)).containsExactly("KRMY", "DSZ");
        assertThat(riderLeague.getList("items.points", Integer.class)).containsExactly(10 + 6 + 6, 3); // gold, 2 silver; bronze
        JsonPath league = given().get("/api/v1/competitions/{c}/league", up.city).then().statusCode(200).extract().jsonPath();
        assertThat(league.getList("items.federation", String.class)).containsExactly("KRMY", "DSZ");
        assertThat(league.getList("items.points", Integer.class)).containsExactly(22 + 10, 3 + 6);
        given().get("/api/v1/events/{c}/nothing/league", up.city).then().statusCode(404);
        assertThat(given().get("/results/{c}", up.city).then().extract().asString()).contains("本赛项优秀组织奖积分", "KRMY 22分");
    }

    private List<JsonNode> awaitHonours(Upstream up, String event, int expected) {
        List<JsonNode> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            found.clear();
            for (ConsumerRecord<String, String> r : Upstream.records(Topic.HONOUR_RECOMMENDED, up.ofCity(), Duration.ofSeconds(2))) {
                JsonNode h = json.readTree(r.value());
                if (h.get("event").asText().equals(event)) {
                    found.add(h);
                }
            }
            assertThat(found).hasSize(expected);
        });
        return found;
    }

    private static List<String> describe(List<JsonNode> honours, List<EntryRegistered> entrants) {
        List<String> out = new ArrayList<>();
        for (JsonNode h : honours) {
            int who = -1;
            for (int i = 0; i < entrants.size(); i++) {
                if (entrants.get(i).personId().toString().equals(h.get("personId").asText())) {
                    who = i;
                }
            }
            out.add(who + ":" + h.get("kind").asText() + (h.get("targetSkillLevel").isNull() ? "" : "→" + h.get("targetSkillLevel").asInt()));
        }
        return out;
    }
}
