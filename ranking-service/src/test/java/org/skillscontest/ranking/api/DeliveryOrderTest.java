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
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.skillscontest.contracts.AdvancementPolicy;
import org.skillscontest.contracts.EntryRegistered;
import org.skillscontest.contracts.EventOpened;
import org.skillscontest.contracts.Topic;
import org.skillscontest.testing.Rows;
import org.skillscontest.testing.ServiceInfrastructure;
import org.skillscontest.testing.Topics;

/**
 * Events, entrants, withdrawals and results travel on four topics, and Kafka orders records only
 * within one partition of one topic: ranking may see them in any order (after a restart, or while it
 * works through a bulk intake). Whatever the order, the outcome is the one of in-order delivery, and
 * nothing is dead-lettered for arriving early. Each test plays the same competition twice, in order
 * and out of order, and compares what the public sees.
 */
@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
class DeliveryOrderTest {

    private static final double[] TOTALS = {90, 80, 85, 70};
    private static final String CREDIT_CODE = "91650200MA77ABCDE0";

    @Inject
    ObjectMapper json;

    @Test
    void resultsThatOvertakeTheirEntrantsWaitForThemAllAndAreRankedAsInOrder() {
        Upstream early = new Upstream(json);
        early.openEvent("rider", 2, AdvancementPolicy.defaults());
        List<EntryRegistered> entrants = entrants(early, TOTALS.length);
        early.publishResults("rider", 1, Upstream.results(entrants, TOTALS));
        Rows.awaitCount(1, "select count(*) from result_part where event_key = ?1", key(early));

        // half the entrants are known: still nothing ranked, nothing dead-lettered
        entrants.subList(0, 2).forEach(early::register);
        early.awaitKnown(entrants.subList(0, 2));
        given().get("/api/v1/events/{c}/rider/ranking", early.city).then().statusCode(404);

        entrants.subList(2, entrants.size()).forEach(early::register);
        JsonPath ranked = early.awaitRanking("rider", 1);

        assertThat(outcome(ranked)).isEqualTo(rankedInOrder(entrants.size(), TOTALS));
        assertThat(promotions(early)).isEqualTo(2);
        assertThat(Upstream.records(Topic.RESULTS_PUBLISHED.deadLetterTopic(), early.ofCity(), Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    void aWithdrawalThatOvertakesItsRegistrationLeavesTheEntrantWithdrawnAsInOrder() {
        double[] totals = {90, 95, 80};
        Upstream inOrder = new Upstream(json);
        inOrder.openEvent("rider", 1, AdvancementPolicy.defaults());
        List<EntryRegistered> first = entrants(inOrder, totals.length);
        first.forEach(inOrder::register);
        inOrder.withdraw(first.get(1));
        inOrder.awaitKnown(first, first.get(1));
        inOrder.publishResults("rider", 1, Upstream.results(first, totals));
        List<List<Object>> expected = outcome(inOrder.awaitRanking("rider", 1));

        Upstream early = new Upstream(json);
        early.openEvent("rider", 1, AdvancementPolicy.defaults());
        List<EntryRegistered> entrants = entrants(early, totals.length);
        early.withdraw(entrants.get(1));
        Rows.awaitCount(1, "select count(*) from early_withdrawal where entry_id = ?1", entrants.get(1).entryId());
        entrants.forEach(early::register);
        early.awaitKnown(entrants, entrants.get(1));
        early.publishResults("rider", 1, Upstream.results(entrants, totals));

        List<List<Object>> outcome = outcome(early.awaitRanking("rider", 1));
        assertThat(outcome).isEqualTo(expected);
        assertThat(outcome).contains(List.of("选手1", "-", "-", false)); // listed, no place, no award, not advancing
        Rows.awaitCount(0, "select count(*) from early_withdrawal where entry_id = ?1", entrants.get(1).entryId());
    }

    @Test
    void entrantsAndResultsThatComeBeforeTheirEventAreRankedWhenItOpensAsInOrder() {
        Upstream early = new Upstream(json);
        List<EntryRegistered> entrants = entrants(early, TOTALS.length);
        entrants.forEach(early::register);
        early.awaitKnown(entrants);
        early.publishResults("rider", 1, Upstream.results(entrants, TOTALS));
        Rows.awaitCount(1, "select count(*) from result_part where event_key = ?1", key(early));
        given().get("/api/v1/events/{c}/rider/ranking", early.city).then().statusCode(404);

        EventOpened target = early.provincialEvent("rider");
        early.publish(Topic.EVENT_OPENED, target, target.ref().key());
        EventOpened opened = early.cityEvent("rider", 2, AdvancementPolicy.defaults());
        early.publish(Topic.EVENT_OPENED, opened, opened.ref().key());

        assertThat(outcome(early.awaitRanking("rider", 1))).isEqualTo(rankedInOrder(entrants.size(), TOTALS));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(promotions(early)).isEqualTo(2));
    }

    /**
     * {@code registration.entry-registered.v1} is consumed a poll at a time in one transaction; an
     * unreadable record among good ones goes to the dead-letter topic alone, with its reason, and
     * the good ones are applied once, also when the whole batch is delivered again.
     */
    @Test
    void aBatchWithOneUnreadableRegistrationDeadLettersOnlyThatOneAndAppliesTheOthersOnce() throws Exception {
        Upstream upstream = new Upstream(json);
        upstream.openEvent("rider", 1, AdvancementPolicy.defaults());
        List<EntryRegistered> good = entrants(upstream, 5);
        List<Topics.Event> batch = new ArrayList<>();
        for (EntryRegistered e : good) {
            batch.add(new Topics.Event(UUID.randomUUID().toString(), json.writeValueAsString(e)));
        }
        String badId = UUID.randomUUID().toString();
        batch.add(2, new Topics.Event(badId, "{\"entryId\": \"not a uuid\", "));
        List<String> batchIds = batch.stream().map(Topics.Event::id).toList();
        String topic = Topic.ENTRY_REGISTERED.topicName();

        Topics.sendAll(topic, key(upstream), batch);
        upstream.awaitKnown(good);
        ConsumerRecord<String, String> dead = Topics.find(Topic.ENTRY_REGISTERED.deadLetterTopic(),
                r -> badId.equals(Topics.header(r, "ce_id")));
        assertThat(Topics.header(dead, "dead-letter-reason")).contains("not a readable EntryRegistered");

        // the same batch again, then one more entrant behind it on the same partition
        Topics.sendAll(topic, key(upstream), batch);
        EntryRegistered last = upstream.entrant("rider", "KRMY", CREDIT_CODE);
        upstream.register(last);
        upstream.awaitKnown(List.of(last));

        assertThat(Rows.count("select count(*) from contestant where event_key = ?1", key(upstream))).isEqualTo(6);
        assertThat(Rows.count("select count(*) from processed_event where event_id in (?1)", batchIds)).isEqualTo(5);
        List<String> deadLettered = Topics.eventIds(Topic.ENTRY_REGISTERED.deadLetterTopic(), Duration.ofSeconds(3)).stream()
                .filter(batchIds::contains).toList();
        assertThat(deadLettered).isNotEmpty().containsOnly(badId);
    }

    /** The same competition in order: event, entrants, then results; its ranking as {@link #outcome}. */
    private List<List<Object>> rankedInOrder(int count, double... totals) {
        Upstream inOrder = new Upstream(json);
        inOrder.openEvent("rider", 2, AdvancementPolicy.defaults());
        List<EntryRegistered> entrants = entrants(inOrder, count);
        entrants.forEach(inOrder::register);
        inOrder.awaitKnown(entrants);
        inOrder.publishResults("rider", 1, Upstream.results(entrants, totals));
        List<List<Object>> outcome = outcome(inOrder.awaitRanking("rider", 1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(promotions(inOrder)).isEqualTo(2));
        return outcome;
    }

    private static List<EntryRegistered> entrants(Upstream upstream, int count) {
        List<EntryRegistered> entrants = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entrants.add(upstream.entrant("rider", "KRMY", CREDIT_CODE));
        }
        return entrants;
    }

    /** What the public sees of a ranking, without the ids: name, place, award, advanced, best first. */
    private static List<List<Object>> outcome(JsonPath ranking) {
        List<List<Object>> rows = new ArrayList<>();
        List<String> names = ranking.getList("places.name", String.class);
        List<Integer> places = ranking.getList("places.place", Integer.class);
        List<String> awards = ranking.getList("places.award", String.class);
        List<Boolean> advanced = ranking.getList("places.advanced", Boolean.class);
        for (int i = 0; i < names.size(); i++) {
            rows.add(List.of(names.get(i), places.get(i) == null ? "-" : places.get(i), awards.get(i) == null ? "-" : awards.get(i),
                    advanced.get(i)));
        }
        return rows;
    }

    private static int promotions(Upstream upstream) {
        return given().get("/api/v1/competitions/{c}/promotions", upstream.city).then().statusCode(200).extract().jsonPath()
                .getList("items.promotionId").size();
    }

    private static String key(Upstream upstream) {
        return Topic.eventKey(upstream.city, "rider");
    }
}
