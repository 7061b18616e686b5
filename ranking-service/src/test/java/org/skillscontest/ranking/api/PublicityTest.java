package org.skillscontest.ranking.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.skillscontest.contracts.AdvancementPolicy;
import org.skillscontest.contracts.EntryRegistered;
import org.skillscontest.contracts.PromoteWhen;
import org.skillscontest.contracts.Topic;
import org.skillscontest.platform.time.ChinaTime;
import org.skillscontest.ranking.service.Publicity;
import org.skillscontest.ranking.service.PublicityCheck;
import org.skillscontest.testing.ServiceInfrastructure;
import org.skillscontest.testing.Tokens;

/**
 * Publicity (公示) and objections through the running service, on the real broker and database, with
 * the clock moved instead of waiting days: results PROVISIONAL for the period, FINAL when it ends (or
 * when the last objection is decided after it), announced once; promotions at once or at FINAL;
 * honours at FINAL only.
 */
@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
class PublicityTest {

    @Inject
    ObjectMapper json;

    @Inject
    PublicityCheck check;

    @Inject
    Publicity publicity;

    @AfterEach
    void clockBack() {
        MovableClock.reset();
    }

    @Test
    void provisionalForThePeriodThenFinalOnceWithHonoursAndACorrectionAfterwardsIsFinalAtOnce() throws Exception {
        Upstream up = new Upstream(json).publicity(5, PromoteWhen.PROVISIONAL);
        up.openEvent("rider", 2, AdvancementPolicy.defaults());
        List<EntryRegistered> e = entrants(up, 4);
        Instant ranked = MovableClock.now();
        up.publishResults("rider", 1, Upstream.results(e, 90, 80, 70, 60));
        JsonPath ranking = up.awaitRanking("rider", 1);

        // PROVISIONAL: the period runs from the day after the ranking, in China, for 5 days
        LocalDate day = ChinaTime.dateOf(ranked);
        assertThat(ranking.getString("publicity.state")).isEqualTo("PROVISIONAL");
        assertThat(ranking.getInt("publicity.days")).isEqualTo(5);
        assertThat(ranking.getString("publicity.firstDay")).isIn(day.plusDays(1).toString(), day.plusDays(2).toString());
        LocalDate lastDay = LocalDate.parse(ranking.getString("publicity.lastDay"));
        Instant endsAt = Instant.parse(ranking.getString("publicity.endsAt"));
        assertThat(endsAt).isEqualTo(lastDay.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant());
        JsonNode announced = eventRanked(up, 1);
        assertThat(announced.at("/publicity/state").asText()).isEqualTo("PROVISIONAL");
        assertThat(Instant.parse(announced.at("/publicity/endsAt").asText())).isEqualTo(endsAt);
        // promotions go out at once (the default), honours wait
        awaitCount("ranking.entrant-promoted.v1", up, 2);
        assertThat(count("ranking.honour-recommended.v1", up)).isZero();
        assertThat(given().get("/results/{c}", up.city).then().statusCode(200).extract().asString()).contains("公示中", "公示期");

        // a moment before the end of the last day in China: still PROVISIONAL
        MovableClock.moveTo(endsAt.minusSeconds(1));
        check.run();
        assertThat(state(up)).isEqualTo("PROVISIONAL");

        // at 00:00 China time after the last day: FINAL, announced once, honours recommended
        MovableClock.moveTo(endsAt);
        check.run();
        assertThat(state(up)).isEqualTo("FINAL");
        awaitCount("ranking.results-finalised.v1", up, 1);
        JsonNode finalised = json.readTree(records("ranking.results-finalised.v1", up).get(0).value());
        assertThat(finalised.get("version").asInt()).isEqualTo(1);
        assertThat(finalised.get("lastDay").asText()).isEqualTo(lastDay.toString());
        assertThat(finalised.get("objections").asInt()).isZero();
        awaitCount("ranking.honour-recommended.v1", up, 4); // city table: 1st medal, top 3 技术能手
        assertThat(given().get("/results/{c}", up.city).then().extract().asString()).contains("已公示");

        // a second check, here or on another instance, finds nothing to do and publishes nothing again
        assertThat(publicity.finaliseIfDue(Topic.eventKey(up.city, "rider"))).isFalse();
        check.run();

        // a correction after FINAL is FINAL at once, its honours reviewed at once
        up.publishResults("rider", 2, Upstream.results(e, 70, 80, 90, 60));
        up.awaitRanking("rider", 2);
        assertThat(eventRanked(up, 2).at("/publicity/state").asText()).isEqualTo("FINAL");
        awaitCount("ranking.honour-withdrawn.v1", up, 1); // the medal moves from the first to the third entrant
        assertThat(count("ranking.results-finalised.v1", up)).isEqualTo(1);
    }

    @Test
    void objectionsHoldFinalBackUntilDecidedAndPromotionsWaitForFinalWhenTheEventSaysSo() throws Exception {
        Upstream up = new Upstream(json).publicity(3, PromoteWhen.FINAL);
        up.openEvent("rider", 2, AdvancementPolicy.defaults());
        List<EntryRegistered> e = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            e.add(up.register("rider", i < 3 ? "KRMY" : "DSZ", String.format("91650200MA77OBJ%03d", i)));
        }
        up.awaitKnown(e);
        up.publishResults("rider", 1, Upstream.results(e, 90, 80, 70, 60));
        JsonPath ranking = up.awaitRanking("rider", 1);
        assertThat(ranking.getString("publicity.promoteWhen")).isEqualTo("FINAL");
        Instant endsAt = Instant.parse(ranking.getString("publicity.endsAt"));
        // promoteWhen FINAL: the standings say who advances, nobody is promoted yet
        assertThat(ranking.getList("places.advanced", Boolean.class)).containsExactly(true, true, false, false);
        given().get("/api/v1/competitions/{c}/promotions", up.city).then().statusCode(200).body("total", equalTo(0));

        // KRMY objects to its third-placed entrant's results, within the period, with a reason
        String objection = lodge(up, "KRMY", e.get(2), "理论成绩登记有误 theory score mis-recorded").statusCode(201)
                .body("state", equalTo("OPEN")).body("objectedVersion", equalTo(1)).body("federation", equalTo("KRMY"))
                .body("lodgedBy", equalTo("federation-KRMY")).extract().path("objectionId");
        lodge(up, "KRMY", e.get(2), "再次提出").statusCode(409).body("type", equalTo("urn:skillscontest:problem:objection-open"));
        lodge(up, "DSZ", e.get(1), "不是本工会选手").statusCode(403).body("type", equalTo("urn:skillscontest:problem:not-own-entrant"));
        lodge(up, "KRMY", e.get(0), " ").statusCode(400).body("errors.field", hasItem("reason"));
        // DSZ objects to its own entrant; the chief judge rejects it during the period, with a reason
        String rejected = lodge(up, "DSZ", e.get(3), "计时有误").statusCode(201).extract().path("objectionId");
        decide(up, rejected, "rejection", "经核查计时无误").statusCode(200).body("state", equalTo("REJECTED"))
                .body("decidedBy", equalTo("chief-1")).body("decisionReason", equalTo("经核查计时无误"));
        decide(up, rejected, "resolution", "再次决定").statusCode(409)
                .body("type", equalTo("urn:skillscontest:problem:objection-decided"));
        // no correction ranked yet: nothing to resolve it by
        decide(up, objection, "resolution", "已更正").statusCode(409)
                .body("type", equalTo("urn:skillscontest:problem:no-correction-yet"));
        decide(up, objection, "resolution", "").statusCode(400).body("errors.field", hasItem("reason"));

        // the period ends with the objection open: still PROVISIONAL, and no new objection is taken
        MovableClock.moveTo(endsAt.plusSeconds(60));
        check.run();
        assertThat(state(up)).isEqualTo("PROVISIONAL");
        lodge(up, "KRMY", e.get(1), "逾期").statusCode(409).body("type", equalTo("urn:skillscontest:problem:period-ended"));

        // the chief judge corrects in scoring: version 2 is PROVISIONAL with the same period end
        up.publishResults("rider", 2, Upstream.results(e, 90, 70, 80, 60));
        ranking = up.awaitRanking("rider", 2);
        assertThat(ranking.getString("publicity.state")).isEqualTo("PROVISIONAL");
        assertThat(Instant.parse(ranking.getString("publicity.endsAt"))).isEqualTo(endsAt);
        assertThat(Instant.parse(eventRanked(up, 2).at("/publicity/endsAt").asText())).isEqualTo(endsAt);
        given().get("/api/v1/competitions/{c}/promotions", up.city).then().body("total", equalTo(0));

        // resolved by the correction: the last open objection decided after the period, so FINAL now,
        // and the promotions held back go out as version 2 says
        decide(up, objection, "resolution", "已按异议更正理论成绩").statusCode(200).body("state", equalTo("RESOLVED_BY_CORRECTION"))
                .body("correctedVersion", equalTo(2));
        assertThat(state(up)).isEqualTo("FINAL");
        awaitCount("ranking.entrant-promoted.v1", up, 2);
        assertThat(given().get("/api/v1/competitions/{c}/promotions", up.city).then().extract().jsonPath()
                .getList("items.personId", String.class)).containsExactlyInAnyOrder(e.get(0).personId().toString(),
                e.get(2).personId().toString());
        awaitCount("ranking.results-finalised.v1", up, 1);
        JsonNode finalised = json.readTree(records("ranking.results-finalised.v1", up).get(0).value());
        assertThat(finalised.get("version").asInt()).isEqualTo(2);
        assertThat(finalised.get("objections").asInt()).isEqualTo(2);
        awaitCount("ranking.honour-recommended.v1", up, 4);

        // every step on the topic, keyed by the event, in order; every step kept and readable
        awaitCount("ranking.objection.v1", up, 4);
        List<String> steps = new ArrayList<>();
        for (ConsumerRecord<String, String> r : records("ranking.objection.v1", up)) {
            assertThat(r.key()).isEqualTo(Topic.eventKey(up.city, "rider"));
            JsonNode step = json.readTree(r.value());
            steps.add(step.get("objectionId").asText().equals(objection) ? "objection:" + step.get("state").asText()
                    : "rejected:" + step.get("state").asText());
        }
        assertThat(steps).containsExactly("objection:OPEN", "rejected:OPEN", "rejected:REJECTED",
                "objection:RESOLVED_BY_CORRECTION");
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/events/{c}/rider/objections", up.city).then().statusCode(200)
                .body("total", equalTo(2)).body("items[0].reason", equalTo("理论成绩登记有误 theory score mis-recorded"))
                .body("items[0].decidedBy", equalTo("chief-1")).body("items[1].decisionReason", equalTo("经核查计时无误"));
        given().auth().oauth2(Tokens.federation("DSZ")).get("/api/v1/events/{c}/rider/objections", up.city).then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].objectionId", equalTo(rejected));
        // a page of one, oldest first
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/events/{c}/rider/objections?page=1&size=1", up.city).then()
                .statusCode(200).body("total", equalTo(2)).body("items.objectionId", contains(rejected));
        lodge(up, "KRMY", e.get(1), "已公示").statusCode(409).body("type", equalTo("urn:skillscontest:problem:results-final"));
    }

    @Test
    void withNoPeriodResultsAreFinalAtOnceAndNoObjectionIsTaken() throws Exception {
        Upstream up = new Upstream(json).publicity(0, PromoteWhen.FINAL);
        up.openEvent("rider", 1, AdvancementPolicy.defaults());
        List<EntryRegistered> e = entrants(up, 3);
        up.publishResults("rider", 1, Upstream.results(e, 90, 80, 70));
        JsonPath ranking = up.awaitRanking("rider", 1);
        assertThat(ranking.getString("publicity.state")).isEqualTo("FINAL");
        assertThat(ranking.getString("publicity.firstDay")).isNull();
        assertThat(eventRanked(up, 1).at("/publicity/state").asText()).isEqualTo("FINAL");
        awaitCount("ranking.results-finalised.v1", up, 1);
        awaitCount("ranking.entrant-promoted.v1", up, 1); // FINAL at once, so promoteWhen FINAL promotes at once
        awaitCount("ranking.honour-recommended.v1", up, 4);
        lodge(up, "KRMY", e.get(0), "无公示期").statusCode(409);
        assertThat(given().get("/results/{c}", up.city).then().extract().asString()).contains("不设公示期");
    }

    // ---- helpers

    private static List<EntryRegistered> entrants(Upstream up, int n) {
        List<EntryRegistered> e = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            e.add(up.register("rider", "KRMY", String.format("91650200MA77PUB%03d", i)));
        }
        up.awaitKnown(e);
        return e;
    }

    private static io.restassured.response.ValidatableResponse lodge(Upstream up, String federation, EntryRegistered entrant,
                                                                    String reason) {
        return given().auth().oauth2(Tokens.federation(federation)).contentType(ContentType.JSON)
                .body(Map.of("entryId", entrant.entryId().toString(), "reason", reason))
                .post("/api/v1/events/{c}/rider/objections", up.city).then();
    }

    private static io.restassured.response.ValidatableResponse decide(Upstream up, String objection, String decision,
                                                                     String reason) {
        return given().auth().oauth2(Tokens.chiefJudge("chief-1")).contentType(ContentType.JSON).body(Map.of("reason", reason))
                .post("/api/v1/events/{c}/rider/objections/{id}/" + decision, up.city, objection).then();
    }

    private static String state(Upstream up) {
        return given().get("/api/v1/events/{c}/rider/ranking", up.city).then().statusCode(200).extract().path("publicity.state");
    }

    /** The event-ranked record of a version, from the outbox's topic. */
    private JsonNode eventRanked(Upstream up, int version) throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> records("ranking.event-ranked.v1", up).stream()
                .anyMatch(r -> r.value().contains("\"version\":" + version + ",")));
        for (ConsumerRecord<String, String> r : records("ranking.event-ranked.v1", up)) {
            JsonNode node = json.readTree(r.value());
            if (node.get("version").asInt() == version) {
                return node;
            }
        }
        throw new AssertionError("no event-ranked record of version " + version);
    }

    /** This test's committed outbox rows of a topic, in order; the relay sends them as they are. */
    private static List<ConsumerRecord<String, String>> records(String topic, Upstream up) {
        return Upstream.records(topic, up.ofCity(), Duration.ofSeconds(2));
    }

    private static long count(String topic, Upstream up) {
        return records(topic, up).size();
    }

    private static void awaitCount(String topic, Upstream up, int expected) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(records(topic, up)).hasSize(expected));
    }
}
