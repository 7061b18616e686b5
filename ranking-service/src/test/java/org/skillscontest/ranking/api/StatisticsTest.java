package org.skillscontest.ranking.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillscontest.contracts.AdvancementPolicy;
import org.skillscontest.contracts.EntryRegistered;
import org.skillscontest.testing.ServiceInfrastructure;
import org.skillscontest.testing.Tokens;

/** A competition's statistics across the pipeline, from the records ranking consumed and what it decided. */
@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
class StatisticsTest {

    @Inject
    ObjectMapper json;

    @Test
    void figuresArePublicOnceEveryEventIsRankedAndCountWhatRankingKnows() {
        Upstream up = new Upstream(json);
        up.openEvent("rider", 2, AdvancementPolicy.defaults());
        up.openEvent("welder", 1, AdvancementPolicy.defaults());
        // rider: five entrants of three federations and four enterprises, and one who withdrew
        List<EntryRegistered> riders = new ArrayList<>(List.of(
                up.register("rider", "F1", "91650200MA77ABC001"),
                up.register("rider", "F1", "91650200MA77ABC001"),
                up.register("rider", "F2", "91650200MA77ABC002"),
                up.register("rider", "F3", "91650200MA77ABC003"),
                up.register("rider", "F2", "91650200MA77ABC004")));
        EntryRegistered gone = up.register("rider", "F4", "91650200MA77ABC005");
        up.withdraw(gone);
        // welder: one of an enterprise that also sends riders, one of a fifth federation
        List<EntryRegistered> welders = List.of(
                up.register("welder", "F1", "91650200MA77ABC001"),
                up.register("welder", "F5", "91650200MA77ABC006"));
        List<EntryRegistered> everyone = new ArrayList<>(riders);
        everyone.add(gone);
        everyone.addAll(welders);
        up.awaitKnown(everyone, gone);

        // before the results: unknown competitions are 404; the public waits, organisers and auditors do not
        given().get("/api/v1/competitions/{c}/statistics", "nowhere-" + up.city).then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/competitions/{c}/statistics", up.city).then().statusCode(404)
                .contentType("application/problem+json");
        JsonPath early = given().auth().oauth2(Tokens.organizer())
                .get("/api/v1/competitions/{c}/statistics", up.city).then().statusCode(200).extract().jsonPath();
        assertThat(early.getBoolean("published")).isFalse();
        assertThat(early.getInt("events")).isEqualTo(2);
        assertThat(early.getInt("eventsRanked")).isZero();
        assertThat(early.getInt("totals.entrants")).isEqualTo(7);
        assertThat(early.getInt("totals.finalists")).isZero();

        up.publishResults("rider", 1, Upstream.results(riders, 90, 85, 80, 75, 70));
        up.awaitRanking("rider", 1);
        // one event ranked of two: still not public
        given().get("/api/v1/competitions/{c}/statistics", up.city).then().statusCode(404);
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/competitions/{c}/statistics", up.city).then().statusCode(200);
        up.publishResults("welder", 1, Upstream.results(welders, 88, 77));
        up.awaitRanking("welder", 1);

        JsonPath stats = await().atMost(Duration.ofSeconds(30)).until(
                () -> given().get("/api/v1/competitions/{c}/statistics", up.city).then().extract(),
                r -> r.statusCode() == 200 && r.jsonPath().getInt("totals.promotionsOut") == 3).jsonPath();
        assertThat(stats.getBoolean("published")).isTrue();
        assertThat(stats.getString("level")).isEqualTo("CITY");
        assertThat(stats.getInt("events")).isEqualTo(2);
        assertThat(stats.getInt("eventsRanked")).isEqualTo(2);
        // totals: 7 active entrants (5 riders, 2 welders) and 1 withdrawn; F4 and its enterprise only withdrew
        assertThat(stats.getInt("totals.entrants")).isEqualTo(7);
        assertThat(stats.getInt("totals.withdrawn")).isEqualTo(1);
        assertThat(stats.getInt("totals.people")).isEqualTo(7);
        assertThat(stats.getInt("totals.federations")).isEqualTo(4);   // F1, F2, F3, F5
        assertThat(stats.getInt("totals.enterprises")).isEqualTo(5);   // 001, 002, 003, 004, 006
        assertThat(stats.getInt("totals.finalists")).isEqualTo(7);
        assertThat(stats.getInt("totals.promotionsOut")).isEqualTo(3); // quota 2 + quota 1
        // default awards, gold 1 silver 2 bronze 3: rider G S S B B, welder G S
        assertThat(stats.getMap("totals.awards")).isEqualTo(Map.of("GOLD", 2, "SILVER", 3, "BRONZE", 2, "EXCELLENCE", 0));
        // city table: 1st May Day medal, top 3 Technical Expert; skill level 4 already meets the city upgrade
        assertThat(stats.getMap("totals.honours"))
                .isEqualTo(Map.of("MAY_DAY_MEDAL", 2, "TECHNICAL_EXPERT", 5, "SKILL_LEVEL_UPGRADE", 0));

        assertThat(stats.getList("byEvent.event", String.class)).containsExactly("rider", "welder");
        assertThat(stats.getInt("byEvent[0].version")).isEqualTo(1);
        assertThat(stats.getInt("byEvent[0].counts.entrants")).isEqualTo(5);
        assertThat(stats.getInt("byEvent[0].counts.withdrawn")).isEqualTo(1);
        assertThat(stats.getInt("byEvent[0].counts.federations")).isEqualTo(3);
        assertThat(stats.getInt("byEvent[0].counts.enterprises")).isEqualTo(4);
        assertThat(stats.getInt("byEvent[0].counts.finalists")).isEqualTo(5);
        assertThat(stats.getInt("byEvent[0].counts.promotionsOut")).isEqualTo(2);
        assertThat(stats.getInt("byEvent[0].counts.awards.SILVER")).isEqualTo(2);
        assertThat(stats.getInt("byEvent[1].counts.entrants")).isEqualTo(2);
        assertThat(stats.getInt("byEvent[1].counts.federations")).isEqualTo(2);
        assertThat(stats.getInt("byEvent[1].counts.enterprises")).isEqualTo(2);
        assertThat(stats.getInt("byEvent[1].counts.promotionsOut")).isEqualTo(1);
        assertThat(stats.getInt("byEvent[1].counts.honours.TECHNICAL_EXPERT")).isEqualTo(2);
    }
}
