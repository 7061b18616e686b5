package org.skillscontest.registration.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.skillscontest.contracts.Topic;
import org.skillscontest.testing.ServiceInfrastructure;
import org.skillscontest.testing.Topics;

/** An event's rounds (初赛 → 决赛): checked, kept, answered and carried on event-opened; none means one round. */
@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
class EventRoundsTest {

    private final Organiser organiser = new Organiser();

    @Inject
    ObjectMapper json;

    static Map<String, Object> theoryOnly() {
        return Map.of("theoryWeight", 100, "practicalWeight", 0, "modules", List.of());
    }

    static Map<String, Object> preliminary(Map<String, Object> cut) {
        return Map.of("code", "PRELIM", "name", "初赛", "scoring", theoryOnly(), "cut", cut);
    }

    static Map<String, Object> finalRound() {
        return Map.of("code", "FINAL", "name", "决赛");
    }

    @Test
    void roundsAreKeptAndCarriedOnEventOpenedTheFinalScoredByTheEvent() throws Exception {
        String competition = organiser.competition("rnd", "PROVINCIAL", "220000", null);
        organiser.event(competition, "rider", null, Map.of("rounds", List.of(
                        preliminary(Map.of("mode", "TOP_PERCENT", "value", 2.66, "capPercent", 5)), finalRound())))
                .statusCode(201)
                .body("rounds", hasSize(2))
                .body("rounds[0].cut.mode", equalTo("TOP_PERCENT"))
                .body("rounds[0].scoring.theoryWeight", equalTo(100))
                .body("rounds[1].scoring.practicalWeight", equalTo(70));

        JsonNode opened = eventOpened(competition, "rider");
        assertThat(opened.at("/rounds/0/code").asText()).isEqualTo("PRELIM");
        assertThat(opened.at("/rounds/0/cut/value").decimalValue()).isEqualByComparingTo("2.66");
        assertThat(opened.at("/rounds/0/cut/capPercent").asInt()).isEqualTo(5);
        assertThat(opened.at("/rounds/1/cut").isNull()).isTrue();
        assertThat(opened.at("/rounds/1/scoring")).isEqualTo(opened.at("/scoring"));
    }

    @Test
    void anEventWithoutRoundsIsOneRound() throws Exception {
        String competition = organiser.competition("rnd", "CITY", "650200", null);
        organiser.event(competition, "rider", null).statusCode(201).body("rounds", hasSize(0));
        assertThat(eventOpened(competition, "rider").at("/rounds").size()).isZero();
    }

    @Test
    void aTheoryOnlyEventNeedsNoModulesButAPracticalOneDoes() {
        String competition = organiser.competition("rnd", "CITY", "650200", null);
        organiser.event(competition, "quiz", null, Map.of("scoring", theoryOnly())).statusCode(201);
        organiser.event(competition, "rider", null, Map.of("scoring",
                        Map.of("theoryWeight", 30, "practicalWeight", 70, "modules", List.of())))
                .statusCode(400).body("errors.field", hasItem("scoring.modules")).body("errors.code", hasItem("weights-sum"));
    }

    @Test
    void badRoundsAreFieldErrorsAndCreateNothing() {
        String competition = organiser.competition("rnd", "CITY", "650200", null);
        Map<String, Object> top3 = Map.of("mode", "TOP_N", "value", 3);
        expect(competition, List.of(finalRound()), "rounds", "one-round");
        expect(competition, List.of(preliminary(top3), Map.of("code", "PRELIM", "name", "决赛")), "rounds[1].code", "duplicate-round");
        expect(competition, List.of(Map.of("code", "PRELIM", "name", "初赛", "scoring", theoryOnly()), finalRound()),
                "rounds[0].cut", "required");
        expect(competition, List.of(Map.of("code", "PRELIM", "name", "初赛", "cut", top3), finalRound()),
                "rounds[0].scoring", "required");
        expect(competition, List.of(preliminary(top3), Map.of("code", "FINAL", "name", "决赛", "cut", top3)),
                "rounds[1].cut", "final-round-cut");
        expect(competition, List.of(preliminary(top3), Map.of("code", "FINAL", "name", "决赛", "scoring", theoryOnly())),
                "rounds[1].scoring", "final-round-scoring");
        expect(competition, List.of(preliminary(Map.of("mode", "TOP_N", "value", 2.5)), finalRound()),
                "rounds[0].cut.value", "whole-number");
        expect(competition, List.of(preliminary(Map.of("mode", "TOP_PERCENT", "value", 101)), finalRound()),
                "rounds[0].cut.value", "above-maximum");
        expect(competition, List.of(preliminary(Map.of("mode", "TOP_N", "value", 0)), finalRound()),
                "rounds[0].cut.value", "decimal-min");
        expect(competition, List.of(preliminary(Map.of("mode", "TOP_N", "value", 3, "capPercent", 0)), finalRound()),
                "rounds[0].cut.capPercent", "min");
        expect(competition, List.of(preliminary(Map.of("mode", "HALF", "value", 3)), finalRound()),
                "rounds[0].cut.mode", "malformed");
        expect(competition, List.of(Map.of("code", "PRE LIM", "name", "初赛", "scoring", theoryOnly(), "cut", top3), finalRound()),
                "rounds[0].code", "pattern");
        expect(competition, List.of(Map.of("code", "PRELIM", "name", "初赛", "cut", top3,
                        "scoring", Map.of("theoryWeight", 100, "practicalWeight", 0,
                                "modules", List.of(Map.of("code", "m", "name", "m", "maxMark", 10, "weight", 100)))), finalRound()),
                "rounds[0].scoring.modules", "no-practical");
        // nothing was created: the code is still free
        organiser.event(competition, "rider", null).statusCode(201);
    }

    private void expect(String competition, List<Map<String, Object>> rounds, String field, String code) {
        Map<String, Object> more = new HashMap<>();
        more.put("rounds", rounds);
        organiser.event(competition, "rider", null, more)
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field))
                .body("errors.code", hasItem(code));
    }

    private JsonNode eventOpened(String competition, String event) throws Exception {
        ConsumerRecord<String, String> record = Topics.find(Topic.EVENT_OPENED.topicName(),
                r -> r.key().equals(Topic.eventKey(competition, event)));
        return json.readTree(record.value());
    }
}
