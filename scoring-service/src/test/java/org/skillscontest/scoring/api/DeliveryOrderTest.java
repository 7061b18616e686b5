package org.skillscontest.scoring.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.skillscontest.contracts.EntryRegistered;
import org.skillscontest.contracts.Topic;
import org.skillscontest.testing.Rows;
import org.skillscontest.testing.ServiceInfrastructure;
import org.skillscontest.testing.Tokens;
import org.skillscontest.testing.Topics;

/**
 * Events, entrants and withdrawals come on three topics, and Kafka orders records only within one
 * partition of one topic: scoring may see them in any order. Whatever the order, the entrants to
 * mark are the ones in-order delivery gives, and nothing is dead-lettered for arriving early.
 */
@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
class DeliveryOrderTest {

    @Inject
    ObjectMapper json;

    @Test
    void aWithdrawalThatOvertakesItsRegistrationLeavesTheEntrantWithdrawnAsInOrder() {
        Contest inOrder = new Contest();
        List<UUID> first = inOrder.openEvent("rider", 2);
        inOrder.withdraw("rider", first.get(0));

        Contest early = new Contest();
        EntryRegistered gone = early.entrant("rider");
        EntryRegistered staying = early.entrant("rider");
        early.send("rider", early.withdrawal(gone));
        Rows.awaitCount(1, "select count(*) from early_withdrawal where entry_id = ?1", gone.entryId());
        early.send("rider", early.opened("rider", Contest.ROUTE));
        early.send("rider", gone);
        early.send("rider", staying);
        early.awaitActiveEntrants("rider", 1);

        assertThat(early.activeEntryIds("rider")).containsExactly(staying.entryId().toString());
        assertThat(inOrder.activeEntryIds("rider")).containsExactly(first.get(1).toString());
        Rows.awaitCount(1, "select count(*) from scored_entry where entry_id = ?1 and withdrawn", gone.entryId());
        Rows.awaitCount(0, "select count(*) from early_withdrawal where entry_id = ?1", gone.entryId());
        // as in order: judges see one station, the active entrant's, and cannot mark the withdrawn one
        for (Contest contest : List.of(inOrder, early)) {
            contest.panel("rider", Map.of("route", List.of("j1")));
            given().auth().oauth2(Tokens.organizer()).get(contest.path("rider", "stations")).then().statusCode(200)
                    .body("items.size()", equalTo(1)).body("items[0].entryId", equalTo(contest.activeEntryIds("rider").get(0)));
        }
        given().auth().oauth2(Tokens.judge("j1")).contentType(ContentType.JSON)
                .body(Map.of("marks", List.of(Map.of("entryId", gone.entryId(), "module", "route", "mark", 80))))
                .post(early.path("rider", "marks")).then().statusCode(200).body("rows[0].errors[0].code", equalTo("withdrawn"));
    }

    @Test
    void entrantsWhoComeBeforeTheirEventAreThereWhenItOpens() {
        Contest early = new Contest();
        EntryRegistered a = early.entrant("rider");
        EntryRegistered b = early.entrant("rider");
        early.send("rider", a);
        early.send("rider", b);
        Rows.awaitCount(2, "select count(*) from scored_entry where event_key = ?1", Topic.eventKey(early.competition, "rider"));
        given().auth().oauth2(Tokens.organizer()).get(early.path("rider", "results")).then().statusCode(404);

        early.send("rider", early.opened("rider", Contest.ROUTE));
        early.awaitActiveEntrants("rider", 2);
        assertThat(early.activeEntryIds("rider")).containsExactlyInAnyOrder(a.entryId().toString(), b.entryId().toString());
    }

    @Test
    void anEntrantWhoArrivesAfterThePanelIsSetDrawsTheNextStationAndCanBeMarked() {
        Contest contest = new Contest();
        contest.openEvent("rider", 2);
        contest.panel("rider", Map.of("route", List.of("j1")));
        EntryRegistered late = contest.entrant("rider");
        contest.send("rider", late);
        contest.awaitActiveEntrants("rider", 3);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.organizer())
                .get(contest.path("rider", "stations")).then().statusCode(200).body("items.station", equalTo(List.of(1, 2, 3)))
                .body("items.find { it.station == 3 }.entryId", equalTo(late.entryId().toString())));
        given().auth().oauth2(Tokens.judge("j1")).contentType(ContentType.JSON)
                .body(Map.of("marks", List.of(Map.of("station", 3, "module", "route", "mark", 80))))
                .post(contest.path("rider", "marks")).then().statusCode(200).body("accepted", equalTo(1));
    }

    /**
     * {@code registration.entry-registered.v1} is consumed a poll at a time in one transaction; an
     * unreadable record among good ones goes to the dead-letter topic alone, with its reason, and
     * the good ones are applied once, also when the whole batch is delivered again.
     */
    @Test
    void aBatchWithOneUnreadableRegistrationDeadLettersOnlyThatOneAndAppliesTheOthersOnce() throws Exception {
        Contest contest = new Contest();
        contest.openEvent("rider", 0);
        List<Topics.Event> batch = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            batch.add(new Topics.Event(UUID.randomUUID().toString(), json.writeValueAsString(contest.entrant("rider"))));
        }
        String badId = UUID.randomUUID().toString();
        batch.add(3, new Topics.Event(badId, "not json at all"));
        List<String> batchIds = batch.stream().map(Topics.Event::id).toList();
        String topic = Topic.ENTRY_REGISTERED.topicName();
        String key = Topic.eventKey(contest.competition, "rider");

        Topics.sendAll(topic, key, batch);
        contest.awaitActiveEntrants("rider", 5);
        ConsumerRecord<String, String> dead = Topics.find(Topic.ENTRY_REGISTERED.deadLetterTopic(),
                r -> badId.equals(Topics.header(r, "ce_id")));
        assertThat(Topics.header(dead, "dead-letter-reason")).contains("not a readable EntryRegistered");

        // the same batch again, then one more entrant behind it on the same partition
        Topics.sendAll(topic, key, batch);
        contest.send("rider", contest.entrant("rider"));
        contest.awaitActiveEntrants("rider", 6);

        assertThat(Rows.count("select count(*) from scored_entry where event_key = ?1", key)).isEqualTo(6);
        assertThat(Rows.count("select count(*) from processed_event where event_id in (?1)", batchIds)).isEqualTo(5);
        List<String> deadLettered = Topics.eventIds(Topic.ENTRY_REGISTERED.deadLetterTopic(), Duration.ofSeconds(3)).stream()
                .filter(batchIds::contains).toList();
        assertThat(deadLettered).isNotEmpty().containsOnly(badId);
    }
}
