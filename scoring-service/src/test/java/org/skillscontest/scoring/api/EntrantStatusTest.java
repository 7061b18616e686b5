package org.skillscontest.scoring.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillscontest.contracts.EntryWithdrawn;
import org.skillscontest.testing.ServiceInfrastructure;
import org.skillscontest.testing.Tokens;

/**
 * Disqualification (取消资格) by the chief judge and withdrawal (退赛) after the lock, through REST and
 * Kafka: the entrant is listed with the status and reason in the results, the lock no longer waits for
 * a disqualified entrant, and after the lock each publishes the next results version at once.
 */
@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
class EntrantStatusTest {

    private static final String CHEATED = "使用违规工具 a forbidden tool";

    @Inject
    ObjectMapper json;

    private final Contest contest = new Contest();
    private final String event = "rider";

    @Test
    void anEntrantDisqualifiedBeforeTheLockNeedsNoMarksAndIsPublishedAsDisqualified() throws Exception {
        List<UUID> entries = contest.openEvent(event, 3);
        contest.panel(event, Map.of("route", List.of("j1")));
        UUID cheat = entries.get(2);
        contest.mark("j1", event, cheat, "route", 95); // some marks, not all: no theory score
        contest.disqualify(event, cheat, CHEATED)
                .body("entryId", equalTo(cheat.toString())).body("status", equalTo("DISQUALIFIED"))
                .body("reason", equalTo(CHEATED)).body("version", nullValue());
        for (UUID e : entries.subList(0, 2)) {
            contest.mark("j1", event, e, "route", 80);
            contest.theory(event, e, 90);
        }
        // marks for the disqualified are refused from now on
        given().auth().oauth2(Tokens.judge("j1")).contentType(ContentType.JSON)
                .body(MarkedContest.mark(cheat, "route", 96)).post(contest.path(event, "marks"))
                .then().statusCode(200).body("rows[0].errors[0].code", equalTo("disqualified"));
        // the chief judge sees the status
        JsonPath sheet = results();
        assertThat(sheet.getString("entries.find { it.entryId == '" + cheat + "' }.status")).isEqualTo("DISQUALIFIED");
        assertThat(sheet.getString("entries.find { it.entryId == '" + cheat + "' }.statusReason")).isEqualTo(CHEATED);
        assertThat(sheet.getString("entries.find { it.entryId == '" + entries.get(0) + "' }.status")).isEqualTo("COMPETING");

        contest.lock(event); // the disqualified entrant's missing theory holds nothing up
        Map<String, JsonNode> v1 = published(1);
        assertThat(v1).hasSize(3);
        assertThat(v1.get(cheat.toString()).get("status").asText()).isEqualTo("DISQUALIFIED");
        assertThat(v1.get(cheat.toString()).get("statusReason").asText()).isEqualTo(CHEATED);
        assertThat(v1.get(cheat.toString()).get("total").isNull()).isTrue();
        assertThat(v1.get(entries.get(0).toString()).get("status").asText()).isEqualTo("COMPETING");
        assertThat(v1.get(entries.get(0).toString()).get("statusReason").isNull()).isTrue();

        // the audit trail: who, when, why, before the lock
        JsonPath audit = given().auth().oauth2(Tokens.organizer()).get(contest.path(event, "audit") + "?entryId=" + cheat)
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> line = audit.getMap("items.find { it.status == 'DISQUALIFIED' }");
        assertThat(line.get("recordedBy")).isEqualTo(contest.chiefOf(event));
        assertThat(line.get("reason")).isEqualTo(CHEATED);
        assertThat(line.get("afterLock")).isEqualTo(false);
        assertThat(line.get("recordedAt")).isNotNull();
        assertThat(audit.getList("items.status")).containsExactly(null, "DISQUALIFIED"); // the one mark, then the disqualification
    }

    @Test
    void aDisqualificationAfterTheLockPublishesTheNextVersionAtOnce() throws Exception {
        List<UUID> entries = lockedEvent(3);
        UUID cheat = entries.get(1);
        contest.disqualify(event, cheat, CHEATED).body("version", equalTo(2));
        Map<String, JsonNode> v2 = published(2);
        assertThat(v2).hasSize(3);
        assertThat(v2.get(cheat.toString()).get("status").asText()).isEqualTo("DISQUALIFIED");
        assertThat(v2.get(cheat.toString()).get("total").decimalValue()).isPositive(); // listed with the scores
        assertThat(results().getInt("version")).isEqualTo(2);
        // a correction afterwards publishes version 3, where the entrant stays disqualified
        given().auth().oauth2(Tokens.chiefJudge(contest.chiefOf(event))).contentType(ContentType.JSON)
                .body(MarkedContest.correction(entries.get(0), "route", "j1", 70)).post(contest.path(event, "corrections"))
                .then().statusCode(200).body("version", equalTo(3));
        assertThat(published(3).get(cheat.toString()).get("statusReason").asText()).isEqualTo(CHEATED);
        JsonPath audit = given().auth().oauth2(Tokens.chiefJudge(contest.chiefOf(event)))
                .get(contest.path(event, "audit") + "?entryId=" + cheat).then().statusCode(200).extract().jsonPath();
        assertThat(audit.getBoolean("items.find { it.status == 'DISQUALIFIED' }.afterLock")).isTrue();
        // once disqualified, again: 409 naming the entry, nothing published
        given().auth().oauth2(Tokens.chiefJudge(contest.chiefOf(event))).contentType(ContentType.JSON)
                .body(MarkedContest.disqualification(cheat)).post(contest.path(event, "disqualifications"))
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("entryId")).body("errors[0].code", equalTo("already-disqualified"));
        assertThat(results().getInt("version")).isEqualTo(3);
    }

    @Test
    void aWithdrawalAfterTheLockPublishesTheNextVersionWithTheEntrantWithdrawn() throws Exception {
        List<UUID> entries = lockedEvent(4);
        UUID injured = entries.get(0);
        UUID cheat = entries.get(1);
        contest.disqualify(event, cheat, CHEATED).body("version", equalTo(2));

        contest.send(event, withdrawal(injured, "比赛后受伤，无法参加省赛 injured"));
        Map<String, JsonNode> v3 = published(3);
        assertThat(v3).hasSize(4);
        assertThat(v3.get(injured.toString()).get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(v3.get(injured.toString()).get("statusReason").asText()).isEqualTo("比赛后受伤，无法参加省赛 injured");
        assertThat(v3.get(injured.toString()).get("total").decimalValue()).isPositive();
        assertThat(v3.get(cheat.toString()).get("status").asText()).isEqualTo("DISQUALIFIED");

        // the same withdrawal again (another record), and a withdrawal of the disqualified entrant: no new version;
        // the withdrawal of a third entrant, behind them on the event's partition, publishes version 4
        contest.send(event, withdrawal(injured, "比赛后受伤 again"));
        contest.send(event, withdrawal(cheat, "本人申请退赛"));
        contest.send(event, withdrawal(entries.get(2), "工作调动 transferred"));
        Map<String, JsonNode> v4 = published(4);
        assertThat(v4.get(entries.get(2).toString()).get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(v4.get(injured.toString()).get("statusReason").asText()).isEqualTo("比赛后受伤，无法参加省赛 injured");
        assertThat(v4.get(cheat.toString()).get("status").asText()).as("a disqualification stands").isEqualTo("DISQUALIFIED");
        assertThat(v4.get(entries.get(3).toString()).get("status").asText()).isEqualTo("COMPETING");
        assertThat(results().getInt("version")).isEqualTo(4);

        JsonPath audit = given().auth().oauth2(Tokens.organizer()).get(contest.path(event, "audit") + "?entryId=" + injured)
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> line = audit.getMap("items.find { it.status == 'WITHDRAWN' }");
        assertThat(line.get("reason")).isEqualTo("比赛后受伤，无法参加省赛 injured");
        assertThat(line.get("recordedBy")).isEqualTo("registration");
        assertThat(line.get("afterLock")).isEqualTo(true);
        // the withdrawn entrant can be neither corrected nor disqualified
        given().auth().oauth2(Tokens.chiefJudge(contest.chiefOf(event))).contentType(ContentType.JSON)
                .body(MarkedContest.disqualification(injured)).post(contest.path(event, "disqualifications"))
                .then().statusCode(409).body("errors[0].code", equalTo("withdrawn"));
    }

    @Test
    void anEntrantWithdrawnBeforeTakingPartIsNotListedAndOneWithdrawnDuringTheMarkingIs() throws Exception {
        List<UUID> entries = contest.openEvent(event, 3);
        contest.panel(event, Map.of("route", List.of("j1")));
        contest.mark("j1", event, entries.get(1), "route", 60); // took part, then withdrew
        contest.withdraw(event, entries.get(0));
        contest.withdraw(event, entries.get(1));
        contest.mark("j1", event, entries.get(2), "route", 80);
        contest.theory(event, entries.get(2), 85);
        contest.lock(event);
        Map<String, JsonNode> v1 = published(1);
        assertThat(v1).containsOnlyKeys(entries.get(1).toString(), entries.get(2).toString());
        assertThat(v1.get(entries.get(1).toString()).get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(v1.get(entries.get(1).toString()).get("total").isNull()).isTrue();
    }

    /** An event of {@code count} entrants, each marked 80 + i and scored, locked: results version 1. */
    private List<UUID> lockedEvent(int count) {
        List<UUID> entries = contest.openEvent(event, count);
        contest.panel(event, Map.of("route", List.of("j1")));
        for (int i = 0; i < count; i++) {
            contest.mark("j1", event, entries.get(i), "route", 80 + i);
            contest.theory(event, entries.get(i), 90);
        }
        contest.lock(event);
        return entries;
    }

    private EntryWithdrawn withdrawal(UUID entryId, String reason) {
        return new EntryWithdrawn(entryId, UUID.randomUUID(), contest.competition, event, reason, null);
    }

    private JsonPath results() {
        return given().auth().oauth2(Tokens.organizer()).get(contest.path(event, "results")).then().statusCode(200)
                .extract().jsonPath();
    }

    /** The results of a version on the topic, by entry id. */
    private Map<String, JsonNode> published(int version) throws Exception {
        Map<String, JsonNode> byEntry = new HashMap<>();
        json.readTree(contest.publishedResults(event, version).value()).get("results")
                .forEach(r -> byEntry.put(r.get("entryId").asText(), r));
        return byEntry;
    }

}
