package org.skillscontest.ranking.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.skillscontest.contracts.AdvancementPolicy;
import org.skillscontest.contracts.EntryRegistered;
import org.skillscontest.contracts.Topic;
import org.skillscontest.testing.ServiceInfrastructure;
import org.skillscontest.testing.Topics;

/** Honours follow corrections: a recommendation a new results version no longer supports is withdrawn on its topic. */
@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
class HonourWithdrawalTest {

    @Inject
    ObjectMapper json;

    @Test
    void aCorrectionWithdrawsHonoursThatNoLongerHoldRecommendsTheNewHoldersAndAReplayChangesNothing() throws Exception {
        Upstream up = new Upstream(json);
        up.openEvent("rider", 1, AdvancementPolicy.defaults());
        List<EntryRegistered> e = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            e.add(up.register("rider", "KRMY", String.format("91650200MA77ABC%03d", i)));
        }
        up.awaitKnown(e);
        // version 1, city table: 1st → May Day medal, top 3 → Technical Expert
        up.publishResults("rider", 1, Upstream.results(e, 90, 80, 70, 60));
        up.awaitRanking("rider", 1);
        awaitRecords(Topic.HONOUR_RECOMMENDED, up, 4);

        // version 2: entrant 3 first, entrant 1 second, entrant 0 third, entrant 2 fourth
        up.publishResults("rider", 2, Upstream.results(e, 75, 80, 70, 85));
        up.awaitRanking("rider", 2);
        List<JsonNode> withdrawn = awaitRecords(Topic.HONOUR_WITHDRAWN, up, 2);
        assertThat(withdrawn).extracting(w -> w.get("personId").asText() + ":" + w.get("kind").asText())
                .containsExactlyInAnyOrder(e.get(0).personId() + ":MAY_DAY_MEDAL", e.get(2).personId() + ":TECHNICAL_EXPERT");
        assertThat(withdrawn).allSatisfy(w -> {
            assertThat(w.get("competition").asText()).isEqualTo(up.city);
            assertThat(w.get("event").asText()).isEqualTo("rider");
            assertThat(w.get("reason").asText()).contains("results version 2");
        });
        // the withdrawn ids are those recommended before, and the records are keyed by person
        List<ConsumerRecord<String, String>> recommended = Upstream.records(Topic.HONOUR_RECOMMENDED, up.ofCity(),
                Duration.ofSeconds(3));
        for (JsonNode w : withdrawn) {
            assertThat(recommended).anySatisfy(r -> {
                assertThat(r.value()).contains(w.get("honourId").asText());
                assertThat(r.key()).isEqualTo(w.get("personId").asText());
            });
        }
        ConsumerRecord<String, String> medalWithdrawn = Topics.find(Topic.HONOUR_WITHDRAWN.topicName(),
                r -> r.key().equals(e.get(0).personId().toString()));
        assertThat(Topics.header(medalWithdrawn, "ce_type")).isEqualTo("ranking.honour-withdrawn.v1");
        // the new first place gets the medal and the title; 4 + 2 recommendations in all
        List<JsonNode> all = awaitRecords(Topic.HONOUR_RECOMMENDED, up, 6);
        assertThat(all).filteredOn(r -> r.get("personId").asText().equals(e.get(3).personId().toString()))
                .extracting(r -> r.get("kind").asText() + "@" + r.get("place").asInt())
                .containsExactlyInAnyOrder("MAY_DAY_MEDAL@1", "TECHNICAL_EXPERT@1");

        // held honours: the pathway no longer shows withdrawn ones
        assertThat(honoursOf(e.get(0).personId())).containsExactly("TECHNICAL_EXPERT");
        assertThat(honoursOf(e.get(2).personId())).isEmpty();
        assertThat(honoursOf(e.get(3).personId())).containsExactlyInAnyOrder("MAY_DAY_MEDAL", "TECHNICAL_EXPERT");

        // version 2 again, as a new record: nothing is withdrawn or recommended twice
        up.publishResults("rider", 2, Upstream.results(e, 75, 80, 70, 85));
        assertThat(Upstream.records(Topic.HONOUR_WITHDRAWN, up.ofCity(), Duration.ofSeconds(5))).hasSize(2);
        assertThat(Upstream.records(Topic.HONOUR_RECOMMENDED, up.ofCity(), Duration.ofSeconds(3))).hasSize(6);
        assertThat(honoursOf(e.get(0).personId())).containsExactly("TECHNICAL_EXPERT");
    }

    private List<String> honoursOf(UUID personId) {
        return given().get("/api/v1/people/{p}/pathway", personId).then().statusCode(200).extract().jsonPath()
                .getList("steps[0].honours.kind", String.class);
    }

    /** This competition's records on the topic once there are {@code expected}, as JSON. */
    private List<JsonNode> awaitRecords(Topic topic, Upstream up, int expected) {
        List<JsonNode> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            found.clear();
            for (ConsumerRecord<String, String> r : Upstream.records(topic, up.ofCity(), Duration.ofSeconds(2))) {
                found.add(json.readTree(r.value()));
            }
            assertThat(found).hasSize(expected);
        });
        return found;
    }
}
