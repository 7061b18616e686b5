package org.skillscontest.scoring.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.skillscontest.contracts.CutMode;
import org.skillscontest.contracts.CutRule;
import org.skillscontest.contracts.EntryRegistered;
import org.skillscontest.contracts.Level;
import org.skillscontest.contracts.Round;
import org.skillscontest.contracts.RoundRanked;
import org.skillscontest.contracts.ScoringScheme;
import org.skillscontest.contracts.Topic;
import org.skillscontest.platform.security.IdNumberDigest;
import org.skillscontest.testing.OpenedEvents;
import org.skillscontest.testing.ServiceInfrastructure;
import org.skillscontest.testing.Tokens;
import org.skillscontest.testing.Topics;

/**
 * An event in rounds: a theory-only preliminary (初赛) for everyone, locked into
 * {@code scoring.round-results-published.v1}; the final's roster is who made the cut ranking
 * announces, and the final is scored and published as an event of one round.
 */
@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
class RoundsTest {

    static final ScoringScheme THEORY_ONLY = new ScoringScheme(100, 0, BigDecimal.TEN, List.of());

    @Inject
    ObjectMapper json;

    @Inject
    IdNumberDigest digest;

    private final Contest contest = new Contest();
    private final String competition = contest.competition;

    @Test
    void thePreliminaryForEveryoneThenTheFinalForWhoMadeTheCut() throws Exception {
        contest.send("rider", OpenedEvents.city(competition, "rider").rounds(List.of(
                new Round("PRELIM", "初赛", THEORY_ONLY, new CutRule(CutMode.TOP_N, BigDecimal.valueOf(2), null)),
                new Round("FINAL", "决赛", Contest.ROUTE, null))).build());
        List<UUID> entries = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            EntryRegistered entrant = contest.entrant("rider");
            contest.send("rider", entrant);
            entries.add(entrant.entryId());
        }
        String prelim = "/api/v1/events/" + competition + "/rider/rounds/PRELIM/";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.organizer())
                .get(prelim + "results").then().statusCode(200).body("entries.size()", equalTo(4)));
        // the final's roster is empty until the cut
        given().auth().oauth2(Tokens.organizer()).get(contest.path("rider", "results"))
                .then().statusCode(200).body("entries.size()", equalTo(0));

        // the preliminary: theory only, no panel, its chief judge set by the organiser
        given().auth().oauth2(Tokens.organizer()).contentType(ContentType.JSON)
                .body(Map.of("chiefJudge", "chief-prelim", "modules", Map.of()))
                .put(prelim + "panel").then().statusCode(200);
        given().auth().oauth2(Tokens.organizer()).contentType(ContentType.JSON)
                .body(Map.of("scores", List.of(Map.of("entryId", entries.get(0), "score", 95),
                        Map.of("entryId", entries.get(1), "score", 90), Map.of("entryId", entries.get(2), "score", 60),
                        Map.of("entryId", entries.get(3), "score", 55))))
                .post(prelim + "theory").then().statusCode(200).body("accepted", equalTo(4));
        given().auth().oauth2(Tokens.chiefJudge("chief-prelim")).post(prelim + "lock")
                .then().statusCode(200).body("version", equalTo(1));

        ConsumerRecord<String, String> round = Topics.find(Topic.ROUND_RESULTS_PUBLISHED.topicName(),
                r -> r.key().equals(Topic.eventKey(competition, "rider")));
        JsonNode published = json.readTree(round.value());
        assertThat(published.get("round").asText()).isEqualTo("PRELIM");
        assertThat(published.get("results")).hasSize(4);
        assertThat(published.at("/results/0/total").decimalValue()).isPositive();

        // ranking's cut: the first two go on
        contest.send("rider", new RoundRanked(competition, "rider", Level.CITY, "PRELIM", "FINAL", 1, 4, 2, BigDecimal.valueOf(90),
                List.of(new RoundRanked.Place(1, entries.get(0), null, BigDecimal.valueOf(95), true),
                        new RoundRanked.Place(2, entries.get(1), null, BigDecimal.valueOf(90), true),
                        new RoundRanked.Place(3, entries.get(2), null, BigDecimal.valueOf(60), false),
                        new RoundRanked.Place(4, entries.get(3), null, BigDecimal.valueOf(55), false))));
        contest.awaitActiveEntrants("rider", 2);
        assertThat(contest.activeEntryIds("rider")).containsExactlyInAnyOrder(entries.get(0).toString(), entries.get(1).toString());

        // the final: a non-finalist cannot be marked; finalists are marked, the lock publishes the event's results
        contest.panel("rider", Map.of("route", List.of("j1", "j2", "j3")));
        given().auth().oauth2(Tokens.judge("j1")).contentType(ContentType.JSON)
                .body(Map.of("marks", List.of(Map.of("entryId", entries.get(2), "module", "route", "mark", 70))))
                .post(contest.path("rider", "marks")).then().statusCode(200).body("rejected", equalTo(1))
                .body("rows[0].errors.code", hasItem("unknown-entry"));
        for (UUID finalist : entries.subList(0, 2)) {
            for (String judge : List.of("j1", "j2", "j3")) {
                contest.mark(judge, "rider", finalist, "route", 80);
            }
            contest.theory("rider", finalist, 85);
        }
        contest.lock("rider");
        JsonNode results = json.readTree(contest.publishedResults("rider", 1).value());
        assertThat(results.get("results")).hasSize(2);
        // the event's results topic carries the final only: a preliminary is not the event's result
        assertThat(Topics.all(Topic.RESULTS_PUBLISHED.topicName(), Duration.ofSeconds(2)).stream()
                .filter(r -> r.key().equals(Topic.eventKey(competition, "rider")))).hasSize(1);
    }

    @Test
    void aLaterCutReplacesTheRosterWhileTheNextRoundIsOpenAndAnOlderOneChangesNothing() {
        contest.send("welder", OpenedEvents.city(competition, "welder").rounds(List.of(
                new Round("PRELIM", "初赛", THEORY_ONLY, new CutRule(CutMode.TOP_N, BigDecimal.ONE, null)),
                new Round("SEMI", "选拔赛", THEORY_ONLY, new CutRule(CutMode.TOP_N, BigDecimal.ONE, null)),
                new Round("FINAL", "决赛", Contest.ROUTE, null))).build());
        EntryRegistered a = contest.entrant("welder");
        EntryRegistered b = contest.entrant("welder");
        contest.send("welder", a);
        contest.send("welder", b);
        contest.send("welder", cut("welder", "PRELIM", "SEMI", 1, a.entryId(), b.entryId()));
        awaitRoster("SEMI", a.entryId());
        // a correction of the preliminary (version 2) puts b through instead of a
        contest.send("welder", cut("welder", "PRELIM", "SEMI", 2, b.entryId(), a.entryId()));
        awaitRoster("SEMI", b.entryId());
        // version 1 once more, under a new id: older than the roster, it changes nothing. The semi-final's
        // cut behind it on the same key shows it has been read.
        contest.send("welder", cut("welder", "PRELIM", "SEMI", 1, a.entryId(), b.entryId()));
        contest.send("welder", cut("welder", "SEMI", "FINAL", 1, b.entryId(), a.entryId()));
        awaitRoster("FINAL", b.entryId());
        assertThat(roster("SEMI")).containsExactly(b.entryId().toString());
    }

    @Test
    void aPreliminaryImportedFromTheExamPlatformByEntryIdOrIdNumberOnceUnderItsKey() throws Exception {
        contest.send("cook", OpenedEvents.city(competition, "cook").rounds(List.of(
                new Round("PRELIM", "初赛", THEORY_ONLY, new CutRule(CutMode.TOP_PERCENT, BigDecimal.valueOf(50), null)),
                new Round("FINAL", "决赛", Contest.ROUTE, null))).build());
        String[] idNumbers = {"650202199003070011", "65020219850612002X", "650203197711230037"};
        List<EntryRegistered> entrants = new ArrayList<>();
        for (String idNumber : idNumbers) {
            EntryRegistered e = contest.entrant("cook");
            e = new EntryRegistered(e.entryId(), e.personId(), e.maskedIdNumber(), e.name(), e.gender(), e.federation(),
                    e.employer(), e.currentSkillLevel(), e.competition(), e.event(), e.level(), e.origin(), null,
                    digest.of(idNumber));
            contest.send("cook", e);
            entrants.add(e);
        }
        String prelim = "/api/v1/events/" + competition + "/cook/rounds/PRELIM/";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.organizer())
                .get(prelim + "results").then().statusCode(200).body("entries.size()", equalTo(3)));

        Map<String, Object> body = Map.of("scores", List.of(
                Map.of("entryId", entrants.get(0).entryId(), "score", 88.5, "answers", Map.of("Q1", "A", "Q2", "C")),
                Map.of("idNumber", "65020219850612002x", "score", 92), // the check character in lower case
                Map.of("idNumber", "650204199001010013", "score", 70), // nobody of this round
                Map.of("idNumber", idNumbers[2], "score", 100.5),
                Map.of("entryId", entrants.get(0).entryId(), "score", 10)));
        String first = given().auth().oauth2(Tokens.organizer()).header("Idempotency-Key", "exam-export-1")
                .contentType(ContentType.JSON).body(body).post(prelim + "theory/import")
                .then().statusCode(200)
                .body("imported", equalTo(2)).body("rejected", equalTo(3))
                .body("rejections.index", equalTo(List.of(2, 3, 4)))
                .body("rejections[0].errors[0].code", equalTo("unknown-entrant"))
                .body("rejections[1].errors[0].field", equalTo("scores[3].score"))
                .body("rejections[2].errors[0].code", equalTo("duplicate-row"))
                .extract().asString();
        assertThat(first).doesNotContain("650204199001010013").doesNotContain(idNumbers[2]);

        // the same key again: the same answer, nothing written twice
        given().auth().oauth2(Tokens.organizer()).header("Idempotency-Key", "exam-export-1")
                .contentType(ContentType.JSON).body(body).post(prelim + "theory/import")
                .then().statusCode(200).body(equalTo(first));
        given().auth().oauth2(Tokens.organizer()).get(prelim + "audit").then().statusCode(200).body("items.size()", equalTo(2));
        // the same key for another request, and no key at all
        given().auth().oauth2(Tokens.organizer()).header("Idempotency-Key", "exam-export-1")
                .contentType(ContentType.JSON).body(Map.of("scores", List.of(Map.of("idNumber", idNumbers[2], "score", 60))))
                .post(prelim + "theory/import").then().statusCode(422).body("errors[0].field", equalTo("Idempotency-Key"));
        given().auth().oauth2(Tokens.organizer())
                .contentType(ContentType.JSON).body(Map.of("scores", List.of(Map.of("idNumber", idNumbers[2], "score", 60))))
                .post(prelim + "theory/import").then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));

        // the fixed row under a new key; the round then locks with everyone scored
        given().auth().oauth2(Tokens.organizer()).header("Idempotency-Key", "exam-export-2")
                .contentType(ContentType.JSON).body(Map.of("scores", List.of(Map.of("idNumber", idNumbers[2], "score", 60))))
                .post(prelim + "theory/import").then().statusCode(200).body("imported", equalTo(1));
        JsonNode sheet = json.readTree(given().auth().oauth2(Tokens.organizer()).get(prelim + "results").then().extract().asString());
        Map<String, BigDecimal> totals = new java.util.HashMap<>();
        sheet.get("entries").forEach(e -> totals.put(e.get("entryId").asText(), e.get("total").decimalValue()));
        assertThat(totals.get(entrants.get(0).entryId().toString())).isEqualByComparingTo("88.50");
        assertThat(totals.get(entrants.get(1).entryId().toString())).isEqualByComparingTo("92.00");
        assertThat(totals.get(entrants.get(2).entryId().toString())).isEqualByComparingTo("60.00");
    }

    private void awaitRoster(String round, UUID only) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(roster(round)).containsExactly(only.toString()));
    }

    private List<String> roster(String round) {
        return given().auth().oauth2(Tokens.organizer())
                .get("/api/v1/events/{c}/welder/rounds/{r}/results", competition, round)
                .then().statusCode(200).extract().jsonPath().getList("entries.entryId", String.class);
    }

    private RoundRanked cut(String event, String round, String next, int version, UUID qualified, UUID out) {
        return new RoundRanked(competition, event, Level.CITY, round, next, version, 2, 1, BigDecimal.valueOf(90),
                List.of(new RoundRanked.Place(1, qualified, null, BigDecimal.valueOf(90), true),
                        new RoundRanked.Place(2, out, null, BigDecimal.valueOf(50), false)));
    }
}
