package org.skillscontest.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.skillscontest.contracts.Topic;
import org.skillscontest.deploy.demo.Api;
import org.skillscontest.deploy.demo.SeedScenario;
import org.skillscontest.deploy.demo.StatusChanges;
import org.skillscontest.deploy.demo.TopicAudit;

/**
 * The seed scenario's disqualification after the lock and withdrawal after ranking, as subscribers see
 * them on the topics: the results version it produced listing the entrant with the status and reason, its ranking
 * without a place, the promotion revoked saying why, the next-level entry withdrawn, the substitute
 * promoted and registered at the provincial level, each once.
 */
final class StatusChangesOnTopics {

    private StatusChangesOnTopics() {
    }

    static void check(TopicAudit.Result audit, List<StatusChanges.Outcome> outcomes) {
        assertThat(outcomes).extracting(StatusChanges.Outcome::status).containsExactlyInAnyOrder("DISQUALIFIED", "WITHDRAWN");
        for (StatusChanges.Outcome o : outcomes) {
            String key = Topic.eventKey(o.competition(), o.event());
            String what = o.status() + " " + o.name() + " of " + key;

            JsonNode result = entrantIn(audit, Topic.RESULTS_PUBLISHED, key, o.version(), "results", o.entryId());
            assertThat(result.get("status").asText()).as(what).isEqualTo(o.status());
            assertThat(result.get("statusReason").asText()).as(what).isEqualTo(o.reason());
            assertThat(result.get("total").isNumber()).as("%s: listed with the scores", what).isTrue();

            JsonNode place = entrantIn(audit, Topic.EVENT_RANKED, key, o.version(), "places", o.entryId());
            assertThat(place.get("status").asText()).as(what).isEqualTo(o.status());
            assertThat(place.get("place").isNull()).as("%s: no place", what).isTrue();
            assertThat(place.get("award").isNull()).as("%s: no award", what).isTrue();
            assertThat(place.get("advanced").asBoolean()).as("%s: no advancement", what).isFalse();

            List<ConsumerRecord<String, String>> revoked = distinct(audit.of(Topic.PROMOTION_REVOKED)).stream()
                    .filter(r -> r.key().equals(o.personId())).toList();
            assertThat(revoked).as("%s: the promotion revoked once", what).hasSize(1);
            assertThat(json(revoked.get(0)).get("reason").asText()).as(what)
                    .startsWith(o.status().equals("DISQUALIFIED") ? "取消资格：" : "退赛：");

            // registration withdraws the provincial entry the promotion made (and, for a withdrawal, the city entry was withdrawn first)
            assertThat(withdrawals(audit, o.nextLevelEntryId())).as("%s: the provincial entry withdrawn once", what).isEqualTo(1);
            if (o.status().equals("WITHDRAWN")) {
                assertThat(withdrawals(audit, o.entryId())).as("%s: the city entry withdrawn once", what).isEqualTo(1);
            }
            for (String substitute : o.substitutes()) {
                assertThat(distinct(audit.of(Topic.ENTRANT_PROMOTED))).as("%s: substitute %s promoted once", what, substitute)
                        .filteredOn(r -> r.key().equals(substitute) && r.value().contains("\"competition\":\"" + o.competition() + "\""))
                        .hasSize(1);
                assertThat(distinct(audit.of(Topic.ENTRY_REGISTERED))).as("%s: substitute %s registered at the provincial level", what,
                                substitute)
                        .filteredOn(r -> r.key().equals(Topic.eventKey(SeedScenario.XINJIANG, o.event()))
                                && r.value().contains("\"personId\":\"" + substitute + "\"") && r.value().contains("\"origin\":\"PROMOTED\""))
                        .hasSize(1);
            }
        }
    }

    /** The entrant in this version of the event on a per-event topic (results: any part). */
    private static JsonNode entrantIn(TopicAudit.Result audit, Topic topic, String key, int version, String list, String entryId) {
        Set<JsonNode> found = new HashSet<>();
        for (ConsumerRecord<String, String> r : distinct(audit.of(topic))) {
            JsonNode v = json(r);
            if (key.equals(r.key()) && v.get("version").asInt() == version) {
                v.get(list).forEach(e -> {
                    if (e.get("entryId").asText().equals(entryId)) {
                        found.add(e);
                    }
                });
            }
        }
        assertThat(found).as("%s version %d of %s lists %s once", topic.topicName(), version, key, entryId).hasSize(1);
        return found.iterator().next();
    }

    private static long withdrawals(TopicAudit.Result audit, String entryId) {
        return distinct(audit.of(Topic.ENTRY_WITHDRAWN)).stream().filter(r -> r.value().contains("\"entryId\":\"" + entryId + "\"")).count();
    }

    private static List<ConsumerRecord<String, String>> distinct(List<ConsumerRecord<String, String>> records) {
        Set<String> seen = new HashSet<>();
        return records.stream().filter(r -> seen.add(TopicAudit.header(r, "ce_id"))).toList();
    }

    private static JsonNode json(ConsumerRecord<String, String> r) {
        try {
            return Api.JSON.readTree(r.value());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
