package org.skillscontest.scoring.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.skillscontest.platform.signals.Signal;
import org.skillscontest.testing.ServiceInfrastructure;
import org.skillscontest.testing.Tokens;

/** Judges, chief judges and organisers over REST; event definitions and entries in, results out on Kafka. */
@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
class ScoringFlowTest {

    @Inject
    ObjectMapper json;

    private final Contest contest = new Contest();
    private final String competition = contest.competition;
    private final String chief = contest.chiefOf("rider");

    @Test
    void marksTheoryAndTheLockPublishResultsAndACorrectionPublishesTheNextVersion() throws Exception {
        List<UUID> entries = openEvent(3);
        panel(List.of("j1", "j2", "j3"));
        double marksBefore = counter(Signal.MARKS_ENTERED, "CITY");
        double resultsBefore = counter(Signal.RESULTS_PUBLISHED, "CITY");

        // j1, j2, j3 mark all three entrants: 80/82/81 → mean 81; theory 90 → total 0.3*90 + 0.7*81 = 83.70
        for (String judge : List.of("j1", "j2", "j3")) {
            int mark = switch (judge) { case "j1" -> 80; case "j2" -> 82; default -> 81; };
            given().auth().oauth2(Tokens.judge(judge)).contentType(ContentType.JSON)
                    .body(Map.of("marks", entries.stream().map(e -> Map.of("entryId", e, "module", "route", "mark", mark,
                            "timeUsedSeconds", 1500)).toList()))
                    .post("/api/v1/events/{c}/rider/marks", competition)
                    .then().statusCode(200).body("accepted", equalTo(3)).body("rejected", equalTo(0));
        }
        // before theory scores the lock lists what is missing
        given().auth().oauth2(Tokens.chiefJudge(chief)).post("/api/v1/events/{c}/rider/lock", competition)
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors.code", hasItem("missing-mark"));
        given().auth().oauth2(Tokens.chiefJudge(chief)).contentType(ContentType.JSON)
                .body(Map.of("scores", entries.stream().map(e -> Map.of("entryId", e, "score", 90)).toList()))
                .post("/api/v1/events/{c}/rider/theory", competition).then().statusCode(200).body("accepted", equalTo(3));
        given().auth().oauth2(Tokens.chiefJudge("someone-else")).post("/api/v1/events/{c}/rider/lock", competition)
                .then().statusCode(403);
        given().auth().oauth2(Tokens.chiefJudge(chief)).post("/api/v1/events/{c}/rider/lock", competition)
                .then().statusCode(200).body("version", equalTo(1));

        ConsumerRecord<String, String> v1 = results(1);
        assertThat(v1.key()).isEqualTo(competition + "/rider");
        // the signals: nine marks accepted and one results version, under the event's level
        assertThat(counter(Signal.MARKS_ENTERED, "CITY")).isEqualTo(marksBefore + 9);
        assertThat(counter(Signal.RESULTS_PUBLISHED, "CITY")).isEqualTo(resultsBefore + 1);
        JsonNode published = json.readTree(v1.value());
        assertThat(published.get("parts").asInt()).isEqualTo(1);
        assertThat(published.get("chiefJudge").asText()).as("who decides objections to it").isEqualTo(chief);
        assertThat(published.get("results")).hasSize(3);
        assertThat(published.get("results").get(0).get("total").decimalValue()).isEqualByComparingTo("83.70");
        assertThat(published.get("results").get(0).get("practical").decimalValue()).isEqualByComparingTo("81.00");
        assertThat(published.get("results").get(0).get("timeUsedSeconds").asLong()).isEqualTo(1500);

        // marks are refused after the lock; a correction with a reason publishes version 2
        given().auth().oauth2(Tokens.judge("j1")).contentType(ContentType.JSON)
                .body(Map.of("marks", List.of(Map.of("entryId", entries.get(0), "module", "route", "mark", 99))))
                .post("/api/v1/events/{c}/rider/marks", competition).then().statusCode(409);
        given().auth().oauth2(Tokens.chiefJudge(chief)).contentType(ContentType.JSON)
                .body(Map.of("entryId", entries.get(0), "module", "route", "judge", "j1", "mark", 86,
                        "reason", "复核: 计分错误 (transcription error)"))
                .post("/api/v1/events/{c}/rider/corrections", competition).then().statusCode(200).body("version", equalTo(2));
        JsonNode v2 = json.readTree(results(2).value());
        JsonNode corrected = null;
        for (JsonNode r : v2.get("results")) {
            if (r.get("entryId").asText().equals(entries.get(0).toString())) {
                corrected = r;
            }
        }
        // 86/82/81 → mean 83; 0.3*90 + 0.7*83 = 85.10
        assertThat(corrected.get("total").decimalValue()).isEqualByComparingTo("85.10");
        // the refused mark counts nothing; the correction's version is the second published
        assertThat(counter(Signal.MARKS_ENTERED, "CITY")).isEqualTo(marksBefore + 9);
        assertThat(counter(Signal.RESULTS_PUBLISHED, "CITY")).isEqualTo(resultsBefore + 2);
    }

    /** A domain counter's value in a scrape of /q/metrics (an exemplar may follow the value). */
    private static double counter(Signal signal, String level) {
        String scrape = given().get("/q/metrics").then().statusCode(200).extract().asString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^" + signal.prometheusName()
                + "\\{[^}]*level=\"" + level + "\"[^}]*} (\\S+)").matcher(scrape);
        assertThat(m.find()).as("%s{level=%s} in the scrape", signal.prometheusName(), level).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void badRowsAreRejectedOneByOneAndMalformedRequestsNameTheField() {
        List<UUID> entries = openEvent(1);
        panel(List.of("j1"));
        given().auth().oauth2(Tokens.judge("j1")).contentType(ContentType.JSON)
                .body(Map.of("marks", List.of(
                        Map.of("entryId", entries.get(0), "module", "route", "mark", 101),
                        Map.of("entryId", UUID.randomUUID(), "module", "route", "mark", 50),
                        Map.of("entryId", entries.get(0), "module", "nope", "mark", 50),
                        Map.of("entryId", entries.get(0), "module", "route", "mark", 75))))
                .post("/api/v1/events/{c}/rider/marks", competition)
                .then().statusCode(200).body("accepted", equalTo(1)).body("rejected", equalTo(3))
                .body("rows[0].errors[0].code", equalTo("above-maximum"))
                .body("rows[1].errors[0].code", equalTo("unknown-entry"))
                .body("rows[2].errors[0].code", equalTo("unknown-module"))
                .body("rows[3].status", equalTo("ACCEPTED"));
        given().auth().oauth2(Tokens.judge("not-on-panel")).contentType(ContentType.JSON)
                .body(Map.of("marks", List.of(Map.of("entryId", entries.get(0), "module", "route", "mark", 50))))
                .post("/api/v1/events/{c}/rider/marks", competition)
                .then().statusCode(200).body("rows[0].errors[0].code", equalTo("not-on-panel"));
        given().auth().oauth2(Tokens.judge("j1")).contentType(ContentType.JSON)
                .body(Map.of("marks", List.of(Map.of("entryId", entries.get(0), "module", "route", "mark", -1))))
                .post("/api/v1/events/{c}/rider/marks", competition)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("marks[0].mark"));
        given().auth().oauth2(Tokens.judge("j1")).contentType(ContentType.JSON).body("{\"marks\": [{\"entryId\": \"not-a-uuid\"}]}")
                .post("/api/v1/events/{c}/rider/marks", competition)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("marks[0].entryId"));
        given().auth().oauth2(Tokens.federation("KRMY")).contentType(ContentType.JSON)
                .body(Map.of("chiefJudge", "x", "modules", Map.of("route", List.of("j1"))))
                .put("/api/v1/events/{c}/rider/panel", competition).then().statusCode(403);
    }

    @Test
    void marksSpreadBeyondToleranceBlockTheLock() {
        List<UUID> entries = openEvent(1);
        marksSpreadBeyondTolerance(entries.get(0));
        given().auth().oauth2(Tokens.organizer()).get("/api/v1/events/{c}/rider/results", competition)
                .then().statusCode(200).body("entries[0].flags[0].module", equalTo("route"));
        given().auth().oauth2(Tokens.chiefJudge(chief)).post("/api/v1/events/{c}/rider/lock", competition)
                .then().statusCode(409).body("errors.code", hasItem("tolerance-flag"));
    }

    @Test
    void judgesMarkByStationAndNeverTheirOwnFederationWhenThePanelSaysSo() {
        List<UUID> entries = openEvent(2); // both entrants are of federation KRMY
        given().auth().oauth2(Tokens.organizer()).contentType(ContentType.JSON)
                .body(Map.of("chiefJudge", chief, "modules", Map.of("route", List.of("j1", "j2")),
                        "judgeFederations", Map.of("j2", "KRMY"), "excludeOwnFederation", true))
                .put("/api/v1/events/{c}/rider/panel", competition).then().statusCode(200);
        // judges see station numbers only; the chief judge sees who is where
        given().auth().oauth2(Tokens.judge("j1")).get("/api/v1/events/{c}/rider/stations", competition)
                .then().statusCode(200).body("items.station", org.hamcrest.Matchers.contains(1, 2))
                .body("items.entryId", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.nullValue()));
        given().auth().oauth2(Tokens.chiefJudge(chief)).get("/api/v1/events/{c}/rider/stations", competition)
                .then().statusCode(200).body("items.entryId", org.hamcrest.Matchers.containsInAnyOrder(
                        entries.get(0).toString(), entries.get(1).toString()));
        given().auth().oauth2(Tokens.judge("j1")).contentType(ContentType.JSON)
                .body(Map.of("marks", List.of(Map.of("station", 1, "module", "route", "mark", 80),
                        Map.of("station", 9, "module", "route", "mark", 80))))
                .post("/api/v1/events/{c}/rider/marks", competition).then().statusCode(200)
                .body("rows[0].status", equalTo("ACCEPTED")).body("rows[1].errors[0].code", equalTo("unknown-station"));
        given().auth().oauth2(Tokens.judge("j2")).contentType(ContentType.JSON)
                .body(Map.of("marks", List.of(Map.of("station", 1, "module", "route", "mark", 80))))
                .post("/api/v1/events/{c}/rider/marks", competition).then().statusCode(200)
                .body("rows[0].errors[0].code", equalTo("own-federation"));
    }

    @Test
    void theChiefJudgeAcceptsAFlagWithAReasonAndTheAuditTrailShowsEveryChange() {
        List<UUID> entries = openEvent(1);
        marksSpreadBeyondTolerance(entries.get(0));
        given().auth().oauth2(Tokens.chiefJudge(chief)).contentType(ContentType.JSON)
                .body(Map.of("entryId", entries.get(0), "module", "route", "reason", "复核录像，评分有效 reviewed on video"))
                .post("/api/v1/events/{c}/rider/flags/acceptance", competition).then().statusCode(200);
        given().auth().oauth2(Tokens.chiefJudge(chief)).post("/api/v1/events/{c}/rider/lock", competition).then().statusCode(200);
        given().auth().oauth2(Tokens.chiefJudge(chief)).contentType(ContentType.JSON)
                .body(Map.of("entryId", entries.get(0), "module", "route", "judge", "j3", "mark", 77, "reason", "录入错误 typo"))
                .post("/api/v1/events/{c}/rider/corrections", competition).then().statusCode(200).body("version", equalTo(2));

        io.restassured.path.json.JsonPath audit = given().auth().oauth2(Tokens.organizer())
                .get("/api/v1/events/{c}/rider/audit?entryId={e}", competition, entries.get(0)).then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> lines = audit.getList("items");
        assertThat(lines).hasSize(5); // three marks, one theory score, one correction
        Map<String, Object> correction = lines.get(lines.size() - 1);
        assertThat(correction.get("judge")).isEqualTo("j3");
        assertThat(new BigDecimal(correction.get("previous").toString())).isEqualByComparingTo("81");
        assertThat(new BigDecimal(correction.get("value").toString())).isEqualByComparingTo("77");
        assertThat(correction.get("recordedBy")).isEqualTo(chief);
        assertThat(correction.get("reason")).isEqualTo("录入错误 typo");
        assertThat(correction.get("afterLock")).isEqualTo(true);
        given().auth().oauth2(Tokens.judge("j1")).get("/api/v1/events/{c}/rider/audit", competition).then().statusCode(403);
    }

    @Test
    void stationsResultsAndTheAuditTrailArePagedInAStableOrder() {
        List<UUID> entries = openEvent(5);
        panel(List.of("j1"));
        given().auth().oauth2(Tokens.judge("j1")).contentType(ContentType.JSON)
                .body(Map.of("marks", entries.stream().map(e -> Map.of("entryId", e, "module", "route", "mark", 80)).toList()))
                .post("/api/v1/events/{c}/rider/marks", competition).then().statusCode(200).body("accepted", equalTo(5));

        // three pages of two: every item once, in the order of one read of them all
        List<Map<String, Object>> stations = everyPage("stations", "items", 2);
        assertThat(stations).extracting(s -> s.get("station")).containsExactly(1, 2, 3, 4, 5);
        assertThat(stations).extracting(s -> s.get("entryId").toString())
                .containsExactlyInAnyOrderElementsOf(entries.stream().map(UUID::toString).toList());
        assertThat(everyPage("results", "entries", 2)).extracting(r -> r.get("entryId").toString())
                .containsExactlyElementsOf(entries.stream().map(UUID::toString).sorted().toList());
        List<Map<String, Object>> trail = everyPage("audit", "items", 2);
        assertThat(trail).hasSize(5).isEqualTo(given().auth().oauth2(Tokens.organizer())
                .get("/api/v1/events/{c}/rider/audit?size=1000", competition).then().statusCode(200).extract().jsonPath().getList("items"));

        for (String list : List.of("stations", "results", "audit")) {
            given().auth().oauth2(Tokens.organizer()).get("/api/v1/events/{c}/rider/" + list + "?size=1001", competition)
                    .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("size"));
            given().auth().oauth2(Tokens.organizer()).get("/api/v1/events/{c}/rider/" + list + "?page=-1", competition)
                    .then().statusCode(400).body("errors.field", hasItem("page"));
            // past the last page: nothing more, the same total
            given().auth().oauth2(Tokens.organizer()).get("/api/v1/events/{c}/rider/" + list + "?page=9&size=1000", competition)
                    .then().statusCode(200).body("total", equalTo(5));
        }
    }

    /** Every item of one of the event's lists ({@code field} holds a page's items), read page by page as the organiser. */
    private List<Map<String, Object>> everyPage(String list, String field, int size) {
        List<Map<String, Object>> items = new java.util.ArrayList<>();
        long total = Long.MAX_VALUE;
        for (int page = 0; (long) page * size < total; page++) {
            io.restassured.path.json.JsonPath answer = given().auth().oauth2(Tokens.organizer())
                    .get("/api/v1/events/{c}/rider/" + list + "?page=" + page + "&size=" + size, competition)
                    .then().statusCode(200).body("page", equalTo(page)).body("size", equalTo(size)).extract().jsonPath();
            total = answer.getLong("total");
            items.addAll(answer.getList(field));
        }
        assertThat(items).hasSize((int) total);
        return items;
    }

    private List<UUID> openEvent(int count) {
        return contest.openEvent("rider", count);
    }

    /** Judges j1, j2, j3 mark the entrant's route 70, 75 and 81 (a spread of 11 > 10 % of 100); theory 80. */
    private void marksSpreadBeyondTolerance(UUID entry) {
        panel(List.of("j1", "j2", "j3"));
        int[] marks = {70, 75, 81};
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(Tokens.judge("j" + (i + 1))).contentType(ContentType.JSON)
                    .body(Map.of("marks", List.of(Map.of("entryId", entry, "module", "route", "mark", marks[i]))))
                    .post("/api/v1/events/{c}/rider/marks", competition).then().statusCode(200);
        }
        given().auth().oauth2(Tokens.organizer()).contentType(ContentType.JSON)
                .body(Map.of("scores", List.of(Map.of("entryId", entry, "score", 80))))
                .post("/api/v1/events/{c}/rider/theory", competition).then().statusCode(200);
    }

    private void panel(List<String> judges) {
        contest.panel("rider", Map.of("route", judges));
    }

    private ConsumerRecord<String, String> results(int version) {
        return contest.publishedResults("rider", version);
    }
}
