package org.skillscontest.ranking.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.skillscontest.contracts.AdvancementPolicy;
import org.skillscontest.contracts.EntryRegistered;
import org.skillscontest.contracts.EventOpened;
import org.skillscontest.contracts.TiesAtLine;
import org.skillscontest.contracts.Topic;
import org.skillscontest.testing.ServiceInfrastructure;

/** An event's advancement settings, from registration.event-opened.v1 to the promotions ranking publishes. */
@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
class AdvancementSettingsTest {

    private static final String CODE = "91650200MA77ABC%03d";

    @Inject
    ObjectMapper json;

    @Test
    void withTiesNoneATieAtTheLinePromotesFewerThanTheQuota() {
        Upstream up = new Upstream(json);
        up.openEvent("none", 2, new AdvancementPolicy(TiesAtLine.NONE, null));
        up.openEvent("all", 2, AdvancementPolicy.defaults());
        List<EntryRegistered> none = entrants(up, "none", "KRMY", "KRMY", "DSZ", "DSZ");
        List<EntryRegistered> all = entrants(up, "all", "KRMY", "KRMY", "DSZ", "DSZ");
        up.awaitKnown(none);
        up.awaitKnown(all);
        // places 1, 2, 2, 4: the second and third tie across the quota line of 2
        up.publishResults("none", 1, Upstream.results(none, 90, 80, 80, 70));
        up.publishResults("all", 1, Upstream.results(all, 90, 80, 80, 70));

        JsonPath ranked = up.awaitRanking("none", 1);
        assertThat(ranked.getList("places.place", Integer.class)).containsExactly(1, 2, 2, 4);
        assertThat(ranked.getList("places.advanced", Boolean.class)).containsExactly(true, false, false, false);
        assertThat(ranked.getString("advancement.ties")).isEqualTo("NONE");
        assertThat(up.awaitRanking("all", 1).getList("places.advanced", Boolean.class))
                .containsExactly(true, true, true, false);

        List<String> promoted = awaitPromoted(up, 4);
        assertThat(promoted).containsExactlyInAnyOrder(none.get(0).personId().toString(), all.get(0).personId().toString(),
                all.get(1).personId().toString(), all.get(2).personId().toString());
        JsonPath promotions = given().get("/api/v1/competitions/{c}/promotions", up.city).then().statusCode(200).extract().jsonPath();
        assertThat(promotions.getList("items.findAll { it.from.event == 'none' }.status", String.class)).containsExactly("ACTIVE");
    }

    @Test
    void withACapOfOneAtMostOneEntrantPerFederationIsPromotedAndThePlaceGoesDownTheRanking() {
        Upstream up = new Upstream(json);
        up.openEvent("rider", 3, new AdvancementPolicy(TiesAtLine.ALL, 1));
        List<EntryRegistered> entrants = entrants(up, "rider", "KRMY", "KRMY", "DSZ", "KRMY", "DSZ", "BJT");
        up.awaitKnown(entrants);
        up.publishResults("rider", 1, Upstream.results(entrants, 95, 90, 85, 80, 75, 70));

        JsonPath ranked = up.awaitRanking("rider", 1);
        assertThat(ranked.getInt("advancement.perFederationCap")).isEqualTo(1);
        assertThat(ranked.getList("places.advanced", Boolean.class)).containsExactly(true, false, true, false, false, true);

        List<String> promoted = awaitPromoted(up, 3);
        assertThat(promoted).containsExactlyInAnyOrder(entrants.get(0).personId().toString(),
                entrants.get(2).personId().toString(), entrants.get(5).personId().toString());
        JsonPath promotions = given().get("/api/v1/competitions/{c}/promotions", up.city).then().extract().jsonPath();
        assertThat(promotions.getList("items.federation", String.class)).doesNotHaveDuplicates()
                .containsExactlyInAnyOrder("KRMY", "DSZ", "BJT");
    }

    @Test
    void anEventOpenedRecordWrittenBeforeTheSettingsMeansTiesAllAndNoCap() throws Exception {
        Upstream up = new Upstream(json);
        EventOpened capped = up.cityEvent("old", 2, new AdvancementPolicy(TiesAtLine.NONE, 1));
        ObjectNode old = json.valueToTree(capped);
        old.remove("advancement"); // as registration wrote it before the field
        up.publishJson(Topic.EVENT_OPENED, json.writeValueAsString(old), capped.ref().key());
        List<EntryRegistered> entrants = entrants(up, "old", "KRMY", "KRMY", "KRMY", "KRMY");
        up.awaitKnown(entrants);
        up.publishResults("old", 1, Upstream.results(entrants, 90, 80, 80, 70));

        JsonPath ranked = up.awaitRanking("old", 1);
        assertThat(ranked.getString("advancement.ties")).isEqualTo("ALL");
        assertThat(ranked.getString("advancement.perFederationCap")).isNull();
        // ALL, no cap: the tie at the line advances, three of one federation
        assertThat(ranked.getList("places.advanced", Boolean.class)).containsExactly(true, true, true, false);
    }

    private static List<EntryRegistered> entrants(Upstream up, String event, String... federations) {
        List<EntryRegistered> list = new ArrayList<>();
        for (int i = 0; i < federations.length; i++) {
            list.add(up.register(event, federations[i], String.format(CODE, i)));
        }
        return list;
    }

    /** The keys (person ids) of this competition's promotion records, once {@code expected} are there. */
    private static List<String> awaitPromoted(Upstream up, int expected) {
        List<String> keys = new ArrayList<>();
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            keys.clear();
            Upstream.records(Topic.ENTRANT_PROMOTED, up.ofCity(), Duration.ofSeconds(2)).stream()
                    .map(ConsumerRecord::key).forEach(keys::add);
            assertThat(keys).hasSize(expected);
        });
        return keys;
    }
}
