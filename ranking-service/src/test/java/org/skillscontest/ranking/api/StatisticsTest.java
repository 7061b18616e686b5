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

    @Test
    void aSeriesShowsEachPublishedEditionOldestFirstAndCountsPeopleOnceAcrossThem() {
        String series = "KRMY-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        Upstream seventeenth = new Upstream(json).inSeries(series, 17, 2027);
        Upstream sixteenth = new Upstream(json).inSeries(series, 16, 2026);
        Upstream other = new Upstream(json);
        sixteenth.openEvent("rider", 1, AdvancementPolicy.defaults());
        seventeenth.openEvent("rider", 1, AdvancementPolicy.defaults());
        other.openEvent("rider", 1, AdvancementPolicy.defaults());
        // the 16th: three riders; the 17th: two of them again and one newcomer, of a new federation
        List<EntryRegistered> earlier = List.of(
                sixteenth.register("rider", "F1", "91650200MA77ABC001"),
                sixteenth.register("rider", "F2", "91650200MA77ABC002"),
                sixteenth.register("rider", "F2", "91650200MA77ABC002"));
        List<EntryRegistered> later = new ArrayList<>();
        for (EntryRegistered again : earlier.subList(0, 2)) {
            EntryRegistered e = new EntryRegistered(java.util.UUID.randomUUID(), again.personId(), again.maskedIdNumber(),
                    again.name(), again.gender(), again.federation(), again.employer(), again.currentSkillLevel(),
                    seventeenth.city, "rider", again.level(), again.origin(), null);
            seventeenth.register(e);
            later.add(e);
        }
        later.add(seventeenth.register("rider", "F3", "91650200MA77ABC003"));
        other.register("rider", "F9", "91650200MA77ABC009");
        sixteenth.awaitKnown(earlier);
        seventeenth.awaitKnown(later);

        given().get("/api/v1/series/{s}/statistics", "nowhere-" + series).then().statusCode(404)
                .contentType("application/problem+json");
        // nothing ranked yet: the public sees no edition, organisers see both
        given().get("/api/v1/series/{s}/statistics", series).then().statusCode(404);
        JsonPath early = given().auth().oauth2(Tokens.organizer()).get("/api/v1/series/{s}/statistics", series)
                .then().statusCode(200).extract().jsonPath();
        assertThat(early.getList("editions.edition", Integer.class)).containsExactly(16, 17);
        assertThat(early.getList("editions.published", Boolean.class)).containsExactly(false, false);

        sixteenth.publishResults("rider", 1, Upstream.results(earlier, 90, 80, 70));
        sixteenth.awaitRanking("rider", 1);
        JsonPath one = await().atMost(Duration.ofSeconds(30)).until(
                () -> given().get("/api/v1/series/{s}/statistics", series).then().extract(),
                r -> r.statusCode() == 200 && r.jsonPath().getInt("totals.promotionsOut") == 1).jsonPath();
        assertThat(one.getList("editions.competition", String.class)).containsExactly(sixteenth.city);
        assertThat(one.getInt("totals.entrants")).isEqualTo(3);

        seventeenth.publishResults("rider", 1, Upstream.results(later, 75, 85, 95)); // the newcomer wins
        seventeenth.awaitRanking("rider", 1);
        JsonPath both = await().atMost(Duration.ofSeconds(30)).until(
                () -> given().get("/api/v1/series/{s}/statistics", series).then().extract(),
                r -> r.statusCode() == 200 && r.jsonPath().getList("editions").size() == 2
                        && r.jsonPath().getInt("totals.promotionsOut") == 2).jsonPath();
        assertThat(both.getString("series")).isEqualTo(series);
        assertThat(both.getList("editions.competition", String.class)).containsExactly(sixteenth.city, seventeenth.city);
        assertThat(both.getList("editions.year", Integer.class)).containsExactly(2026, 2027);
        assertThat(both.getList("editions.series", String.class)).containsExactly(series, series);
        assertThat(both.getList("editions.totals.people", Integer.class)).containsExactly(3, 3);
        // over the series: six entries of four people (two came back), three federations, three enterprises;
        // the competition outside the series is not counted
        assertThat(both.getInt("totals.entrants")).isEqualTo(6);
        assertThat(both.getInt("totals.people")).isEqualTo(4);
        assertThat(both.getInt("totals.federations")).isEqualTo(3);
        assertThat(both.getInt("totals.enterprises")).isEqualTo(3);
        assertThat(both.getInt("totals.finalists")).isEqualTo(6);
        assertThat(both.getInt("totals.awards.GOLD")).isEqualTo(2);
        assertThat(both.getInt("totals.honours.MAY_DAY_MEDAL")).isEqualTo(2);
    }
}
