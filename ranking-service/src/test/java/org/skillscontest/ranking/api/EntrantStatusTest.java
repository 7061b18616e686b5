package org.skillscontest.ranking.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.skillscontest.contracts.AdvancementPolicy;
import org.skillscontest.contracts.EntrantStatus;
import org.skillscontest.contracts.EntryRegistered;
import org.skillscontest.contracts.ResultsPublished;
import org.skillscontest.contracts.Topic;
import org.skillscontest.testing.ServiceInfrastructure;
import org.skillscontest.testing.Topics;

/**
 * Withdrawn (退赛) and disqualified (取消资格) entrants in ranking, from scoring's results versions to
 * what subscribers, the API and the results page see: listed without place, award or advancement, the
 * others moved up; an advancing entrant who no longer competes has the promotion revoked, saying why,
 * and the next ranked entrant is promoted; honours follow the new version.
 */
@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
class EntrantStatusTest {

    private static final String CHEATED = "使用违规工具";

    @Inject
    ObjectMapper json;

    @Test
    void aDisqualifiedAdvancingEntrantIsListedWithoutPlaceTheirPromotionRevokedAndTheNextPromoted() throws Exception {
        Upstream up = new Upstream(json);
        up.openEvent("welder", 2, AdvancementPolicy.defaults());
        List<EntryRegistered> entrants = entrants(up, "welder", 4);
        up.awaitKnown(entrants);
        up.publishResults("welder", 1, Upstream.results(entrants, 95, 90, 85, 80));
        up.awaitRanking("welder", 1);
        awaitPromotions(up, 2);
        String cheat = entrants.get(0).personId().toString();
        String promotionOfCheat = promotionOf(up, cheat).get("promotionId").toString();

        // scoring's version 2 after the chief judge disqualified the winner
        List<ResultsPublished.Result> v2 = new ArrayList<>(Upstream.results(entrants, 95, 90, 85, 80));
        v2.set(0, status(v2.get(0), EntrantStatus.DISQUALIFIED, CHEATED));
        up.publishResults("welder", 2, v2);
        JsonPath ranked = up.awaitRanking("welder", 2);

        // the others moved up; the disqualified entrant is listed last, with status and reason, no place, award or advancement
        assertThat(ranked.getList("places.entryId", String.class)).containsExactly(entrants.get(1).entryId().toString(),
                entrants.get(2).entryId().toString(), entrants.get(3).entryId().toString(), entrants.get(0).entryId().toString());
        assertThat(ranked.getList("places.place", Integer.class)).containsExactly(1, 2, 3, null);
        assertThat(ranked.getList("places.award", String.class)).containsExactly("GOLD", "SILVER", "SILVER", null);
        assertThat(ranked.getList("places.advanced", Boolean.class)).containsExactly(true, true, false, false);
        assertThat(ranked.getList("places.status", String.class)).containsExactly("COMPETING", "COMPETING", "COMPETING",
                "DISQUALIFIED");
        assertThat(ranked.getString("places[3].statusReason")).isEqualTo(CHEATED);
        assertThat(ranked.getString("places[0].statusReason")).isNull();
        assertThat(ranked.getDouble("places[3].total")).isEqualTo(95.0);

        // on the topics: the version announced with the status; the revocation says why; the next one promoted
        ConsumerRecord<String, String> announced = Topics.find(Topic.EVENT_RANKED.topicName(),
                r -> r.value().contains("\"" + up.city + "\"") && r.value().contains("\"version\":2"));
        JsonNode last = json.readTree(announced.value()).get("places").get(3);
        assertThat(last.get("status").asText()).isEqualTo("DISQUALIFIED");
        assertThat(last.get("place").isNull()).isTrue();
        ConsumerRecord<String, String> revoked = Topics.find(Topic.PROMOTION_REVOKED.topicName(),
                r -> r.value().contains(promotionOfCheat));
        assertThat(revoked.key()).isEqualTo(cheat);
        assertThat(json.readTree(revoked.value()).get("reason").asText()).startsWith("取消资格：" + CHEATED).contains("disqualified");
        String substitute = entrants.get(2).personId().toString();
        Topics.find(Topic.ENTRANT_PROMOTED.topicName(), r -> r.key().equals(substitute));
        assertThat(promotionOf(up, cheat).get("status")).isEqualTo("REVOKED");
        assertThat(promotionOf(up, substitute).get("status")).isEqualTo("ACTIVE");
        assertThat(promotionOf(up, entrants.get(1).personId().toString()).get("status")).isEqualTo("ACTIVE");

        // honours follow the new version: the city May Day medal goes from the disqualified to the new first
        Topics.find(Topic.HONOUR_WITHDRAWN.topicName(), r -> r.key().equals(cheat) && r.value().contains("MAY_DAY_MEDAL"));
        Topics.find(Topic.HONOUR_RECOMMENDED.topicName(), r -> r.key().equals(entrants.get(1).personId().toString())
                && r.value().contains("MAY_DAY_MEDAL"));

        // the results page lists them after the placed entrants, with the reason
        String page = given().get("/results/{c}", up.city).then().statusCode(200).extract().asString();
        assertThat(page).contains("取消资格", "取消资格原因：" + CHEATED, "data-status=\"DISQUALIFIED\"", "退赛、取消资格者不占名次和奖项名额");
        assertThat(page.indexOf("data-status=\"DISQUALIFIED\"")).isGreaterThan(page.indexOf(entrants.get(3).name()));
        // who advances, with the place held now: the runner-up is first since the disqualification
        assertThat(page).contains(entrants.get(1).name() + "</span> <span class=\"from\">DSZ · welder 第1名 · 金奖");
        // the pathway shows no place
        assertThat(given().get("/api/v1/people/{p}/pathway", cheat).then().extract().jsonPath().getString("steps[0].place")).isNull();
    }

    @Test
    void aWithdrawalAfterRankingListsTheEntrantWithdrawnAndHandsTheAdvancementDown() throws Exception {
        Upstream up = new Upstream(json);
        up.openEvent("rider", 2, AdvancementPolicy.defaults());
        List<EntryRegistered> entrants = entrants(up, "rider", 4);
        up.awaitKnown(entrants);
        up.publishResults("rider", 1, Upstream.results(entrants, 95, 90, 85, 80));
        up.awaitRanking("rider", 1);
        awaitPromotions(up, 2);
        String injured = entrants.get(1).personId().toString();

        // registration announces the withdrawal (ranking marks it), scoring publishes version 2 saying WITHDRAWN
        up.withdraw(entrants.get(1));
        List<ResultsPublished.Result> v2 = new ArrayList<>(Upstream.results(entrants, 95, 90, 85, 80));
        v2.set(1, status(v2.get(1), EntrantStatus.WITHDRAWN, "因伤无法继续比赛"));
        up.publishResults("rider", 2, v2);
        JsonPath ranked = up.awaitRanking("rider", 2);
        assertThat(ranked.getList("places.place", Integer.class)).containsExactly(1, 2, 3, null);
        assertThat(ranked.getString("places[3].entryId")).isEqualTo(entrants.get(1).entryId().toString());
        assertThat(ranked.getString("places[3].status")).isEqualTo("WITHDRAWN");
        assertThat(ranked.getString("places[3].statusReason")).isEqualTo("因伤无法继续比赛");
        assertThat(ranked.getList("places.advanced", Boolean.class)).containsExactly(true, true, false, false);

        String revocation = Topics.find(Topic.PROMOTION_REVOKED.topicName(), r -> r.key().equals(injured)).value();
        assertThat(json.readTree(revocation).get("reason").asText()).startsWith("退赛：因伤无法继续比赛").contains("withdrew");
        Topics.find(Topic.ENTRANT_PROMOTED.topicName(), r -> r.key().equals(entrants.get(2).personId().toString()));
        String page = given().get("/results/{c}", up.city).then().statusCode(200).extract().asString();
        assertThat(page).contains("退赛", "退赛原因：因伤无法继续比赛");
    }

    @Test
    void aContestantKnownWithdrawnIsListedWithdrawnWithTheReasonThoughTheResultsSayCompeting() {
        Upstream up = new Upstream(json);
        up.openEvent("cook", 1, AdvancementPolicy.defaults());
        List<EntryRegistered> entrants = entrants(up, "cook", 3);
        up.withdraw(entrants.get(0));
        up.awaitKnown(entrants, entrants.get(0));
        up.publishResults("cook", 1, Upstream.results(entrants, 95, 90, 85));
        JsonPath ranked = up.awaitRanking("cook", 1);
        assertThat(ranked.getList("places.place", Integer.class)).containsExactly(1, 2, null);
        assertThat(ranked.getString("places[2].status")).isEqualTo("WITHDRAWN");
        assertThat(ranked.getString("places[2].statusReason")).isEqualTo("因工作安排退出");
        assertThat(ranked.getBoolean("places[2].advanced")).isFalse();
    }

    private static ResultsPublished.Result status(ResultsPublished.Result r, EntrantStatus status, String reason) {
        return new ResultsPublished.Result(r.entryId(), r.personId(), r.theory(), r.practical(), r.total(), r.timeUsedSeconds(),
                status, reason);
    }

    private static List<EntryRegistered> entrants(Upstream up, String event, int count) {
        List<EntryRegistered> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(up.register(event, i % 2 == 0 ? "KRMY" : "DSZ", String.format("91650200MA77ABC%03d", i)));
        }
        return list;
    }

    private static void awaitPromotions(Upstream up, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                given().get("/api/v1/competitions/{c}/promotions", up.city).then().extract().jsonPath().getList("items.promotionId"))
                .hasSize(count));
    }

    /** The person's one promotion out of the competition. */
    private static Map<String, Object> promotionOf(Upstream up, String personId) {
        JsonPath all = given().get("/api/v1/competitions/{c}/promotions", up.city).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> mine = all.getList("items.findAll { it.personId == '" + personId + "' }");
        assertThat(mine).as("promotions of %s", personId).hasSize(1);
        return mine.get(0);
    }

}
