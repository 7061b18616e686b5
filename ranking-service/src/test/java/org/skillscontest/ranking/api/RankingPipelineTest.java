package org.skillscontest.ranking.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.skillscontest.contracts.Employer;
import org.skillscontest.contracts.EntryRegistered;
import org.skillscontest.contracts.EventRef;
import org.skillscontest.contracts.Level;
import org.skillscontest.contracts.Origin;
import org.skillscontest.contracts.ResultsPublished;
import org.skillscontest.contracts.Topic;
import org.skillscontest.platform.signals.Signal;
import org.skillscontest.testing.Rows;
import org.skillscontest.testing.ServiceInfrastructure;
import org.skillscontest.testing.Tokens;
import org.skillscontest.testing.Topics;
import org.skillscontest.testing.OpenedEvents;

/** Ranking as its subscribers see it: from records on the topics in to rankings and promotions out. */
@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
class RankingPipelineTest {

    @Inject
    ObjectMapper json;

    private final String city = "city-" + UUID.randomUUID().toString().substring(0, 6);
    private final String province = "prov-" + city;

    @Test
    void aCompleteVersionIsRankedAwardedAndItsTopQuotaPromotedOnceEvenWhenReplayed() {
        List<EntryRegistered> entrants = openEventWithEntrants(6, 2);
        double promotionsBefore = counter(Signal.PROMOTIONS, "CITY");
        double rankingsBefore = counter(Signal.RESULTS_PUBLISHED, "CITY");
        // version 1 in two parts: nothing is ranked before both are here
        List<ResultsPublished.Result> results = Upstream.results(entrants, 90, 80, 85, 70, 60, 95);
        publish(new ResultsPublished(city, "rider", 1, 1, 2, results.subList(0, 3)), "v1p1");
        Rows.awaitProcessed(eventId("v1p1"));
        given().get("/api/v1/events/{c}/rider/ranking", city).then().statusCode(404);
        publish(new ResultsPublished(city, "rider", 1, 2, 2, results.subList(3, 6)), "v1p2");

        JsonPath ranking = awaitRanking(1);
        assertThat(ranking.getList("places.place", Integer.class)).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(ranking.getList("places.award", String.class))
                .containsExactly("GOLD", "SILVER", "SILVER", "BRONZE", "BRONZE", "BRONZE");
        assertThat(ranking.getList("places.entryId", String.class)).startsWith(
                entrants.get(5).entryId().toString(), entrants.get(0).entryId().toString());
        assertThat(ranking.getList("places.advanced", Boolean.class)).containsExactly(true, true, false, false, false, false);

        // honours for the top places (city table: 1st May Day medal, top 3 Technical Expert), keyed by person
        ConsumerRecord<String, String> medal = Topics.find(Topic.HONOUR_RECOMMENDED.topicName(),
                r -> r.key().equals(entrants.get(5).personId().toString()) && r.value().contains("MAY_DAY_MEDAL"));
        assertThat(medal.value()).contains("\"place\":1");
        JsonPath league = given().get("/api/v1/competitions/{c}/league", city).then().statusCode(200).extract().jsonPath();
        assertThat(league.getString("items[0].federation")).isEqualTo("KRMY");
        assertThat(league.getInt("items[0].points")).isEqualTo(4 + 3 * 2 + 2 * 3);
        assertThat(given().get("/api/v1/people/{p}/pathway", entrants.get(5).personId()).then().extract().jsonPath()
                .getList("steps[0].honours.kind", String.class)).contains("MAY_DAY_MEDAL", "TECHNICAL_EXPERT");

        // the public results page (公示): names, masked ID numbers, awards, who advances, the league
        String page = given().get("/results/{c}", city).then().statusCode(200).contentType("text/html").extract().asString();
        assertThat(page).contains("成绩公示", "选手5", "金奖", "银奖", "晋级", "650203********0015", "优秀组织奖", "KRMY");
        given().get("/results/{c}", "nowhere").then().statusCode(404).contentType("application/problem+json");

        List<ConsumerRecord<String, String>> promoted = promotionsOf(2);
        assertThat(promoted).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(
                entrants.get(5).personId().toString(), entrants.get(0).personId().toString());
        assertThat(promoted).allMatch(r -> r.value().contains("\"to\":{\"competition\":\"" + province + "\""));

        // the same version again, under the same and under new event ids: nothing new
        publish(new ResultsPublished(city, "rider", 1, 1, 2, results.subList(0, 3)), "v1p1");
        String replayed = "replayed-" + UUID.randomUUID();
        publish(new ResultsPublished(city, "rider", 1, 2, 2, results.subList(3, 6)), replayed);
        Rows.awaitProcessed(eventId(replayed)); // behind the redelivered part on the same key: both handled
        assertThat(given().get("/api/v1/competitions/{c}/promotions", city).then().extract().jsonPath()
                .getList("items.promotionId")).hasSize(2);
        assertThat(Rows.count("select count(*) from outbox where topic = ?1 and payload like ?2",
                Topic.ENTRANT_PROMOTED.topicName(), "%\"competition\":\"" + city + "\"%")).isEqualTo(2);
        // the signals count each fact once, under the event's level: two promotions, one ranking announced
        assertThat(counter(Signal.PROMOTIONS, "CITY")).isEqualTo(promotionsBefore + 2);
        assertThat(counter(Signal.RESULTS_PUBLISHED, "CITY")).isEqualTo(rankingsBefore + 1);
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
    void rankingsPromotionsAndTheLeagueArePagedInAStableOrder() {
        List<EntryRegistered> entrants = openEventWithEntrants(6, 2);
        publish(new ResultsPublished(city, "rider", 1, 1, 1, Upstream.results(entrants, 90, 80, 85, 70, 60, 95)), "v1");
        awaitRanking(1);
        promotionsOf(2);

        // pages of four, then two: each place once, in the order of one read of them all
        String ranking = "/api/v1/events/" + city + "/rider/ranking";
        List<Object> whole = given().get(ranking + "?size=1000").then().statusCode(200).extract().jsonPath().getList("places");
        assertThat(whole).hasSize(6);
        assertThat(everyPage(ranking, "places", 4)).isEqualTo(whole);
        given().get(ranking + "?page=1&size=4").then().statusCode(200)
                .body("places.size()", equalTo(2)).body("version", equalTo(1))
                .body("publicity", notNullValue());
        List<Object> promotions = everyPage("/api/v1/competitions/" + city + "/promotions", "items", 1);
        assertThat(promotions).extracting(p -> (Object) ((Map<?, ?>) p).get("personId")).containsExactly(
                entrants.get(5).personId().toString(), entrants.get(0).personId().toString());
        assertThat(everyPage("/api/v1/competitions/" + city + "/league", "items", 1)).hasSize(1);
        assertThat(everyPage("/api/v1/events/" + city + "/rider/league", "items", 1)).hasSize(1);

        for (String list : List.of(ranking, "/api/v1/events/" + city + "/rider/rounds/PRELIM/ranking")) {
            given().get(list + "?size=1001").then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("size"));
        }
        for (String list : List.of("/api/v1/competitions/" + city + "/promotions", "/api/v1/competitions/" + city + "/league",
                "/api/v1/events/" + city + "/rider/league", "/api/v1/events/" + city + "/rider/objections")) {
            given().auth().oauth2(Tokens.auditor()).get(list + "?size=501").then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem("size"));
            given().auth().oauth2(Tokens.auditor()).get(list + "?page=-1").then().statusCode(400)
                    .body("errors.field", hasItem("page"));
        }
    }

    /** Every item of a list ({@code field} holds a page's items), read page by page. */
    private static List<Object> everyPage(String path, String field, int size) {
        List<Object> items = new ArrayList<>();
        long total = Long.MAX_VALUE;
        for (int page = 0; (long) page * size < total; page++) {
            JsonPath answer = given().get(path + "?page=" + page + "&size=" + size).then().statusCode(200)
                    .body("page", equalTo(page)).body("size", equalTo(size))
                    .extract().jsonPath();
            total = answer.getLong("total");
            items.addAll(answer.getList(field));
        }
        assertThat(items).hasSize((int) total);
        return items;
    }

    @Test
    void aCorrectedVersionRevokesAPromotionThatNoLongerHoldsAndPromotesTheNewEntrant() {
        List<EntryRegistered> entrants = openEventWithEntrants(3, 1);
        publish(new ResultsPublished(city, "rider", 1, 1, 1, Upstream.results(entrants, 90, 80, 70)), "v1");
        awaitRanking(1);
        String firstPromotion = given().get("/api/v1/competitions/{c}/promotions", city).then().extract()
                .jsonPath().getString("items[0].promotionId");

        publish(new ResultsPublished(city, "rider", 2, 1, 1, Upstream.results(entrants, 78, 80, 70)), "v2");
        JsonPath v2 = awaitRanking(2);
        assertThat(v2.getString("places[0].entryId")).isEqualTo(entrants.get(1).entryId().toString());

        JsonPath promotions = given().get("/api/v1/competitions/{c}/promotions", city).then().extract().jsonPath();
        assertThat(promotions.getList("items.status", String.class)).containsExactlyInAnyOrder("REVOKED", "ACTIVE");
        ConsumerRecord<String, String> revoked = Topics.find(Topic.PROMOTION_REVOKED.topicName(),
                r -> r.value().contains(firstPromotion));
        assertThat(revoked.key()).isEqualTo(entrants.get(0).personId().toString());
    }

    @Test
    void aCorrectionAfterTheNextLevelStartedChangesNoPromotionAndRecordsWhatItWouldHaveChanged() {
        List<EntryRegistered> entrants = openEventWithEntrants(3, 1);
        publish(new ResultsPublished(city, "rider", 1, 1, 1, Upstream.results(entrants, 90, 80, 70)), "v1");
        awaitRanking(1);
        String promotion = given().get("/api/v1/competitions/{c}/promotions", city).then().extract()
                .jsonPath().getString("items[0].promotionId");

        // the provincial competition starts today (its definition is published again, renamed so the test sees it arrive)
        EventRef target = new EventRef(province, "rider", Level.PROVINCIAL);
        publish(Topic.EVENT_OPENED, OpenedEvents.provincial(province, "rider").competitionName("新疆（已开赛）")
                .startsOn(LocalDate.now()).registrationClosesAt(Instant.now().minusSeconds(86400)).build(),
                target.key(), UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> "新疆（已开赛）".equals(given().auth().oauth2(Tokens.organizer())
                .get("/api/v1/competitions/{c}/statistics", province).then().extract().jsonPath().getString("name")));

        // version 2 puts the second entrant first: nothing is revoked or added at the level under way
        publish(new ResultsPublished(city, "rider", 2, 1, 1, Upstream.results(entrants, 78, 80, 70)), "v2");
        JsonPath v2 = awaitRanking(2);
        assertThat(v2.getString("places[0].entryId")).isEqualTo(entrants.get(1).entryId().toString());
        assertThat(v2.getList("places.advanced", Boolean.class)).containsExactly(false, true, false);
        assertThat(v2.getString("places[0].advancementNote")).contains("不再增补", "not added", province);
        assertThat(v2.getString("places[1].advancementNote")).contains("晋级保留", "the promotion stands", province);
        assertThat(v2.getString("places[2].advancementNote")).isNull();
        JsonPath promotions = given().get("/api/v1/competitions/{c}/promotions", city).then().extract().jsonPath();
        assertThat(promotions.getList("items.promotionId", String.class)).containsExactly(promotion);
        assertThat(promotions.getList("items.status", String.class)).containsExactly("ACTIVE");
        // what subscribers see: version 2 announced with the advancement that holds, and no revocation or new promotion
        ConsumerRecord<String, String> announced = Topics.find(Topic.EVENT_RANKED.topicName(),
                r -> r.key().equals(Topic.eventKey(city, "rider")) && r.value().contains("\"version\":2"));
        JsonPath places = JsonPath.from(announced.value());
        assertThat(places.getBoolean("places.find { it.entryId == '" + entrants.get(0).entryId() + "' }.advanced")).isTrue();
        assertThat(places.getBoolean("places.find { it.entryId == '" + entrants.get(1).entryId() + "' }.advanced")).isFalse();
        // what ranking would publish commits with the ranking, in its outbox: nothing to wait for
        assertThat(Rows.count("select count(*) from outbox where topic = ?1 and payload like ?2",
                Topic.PROMOTION_REVOKED.topicName(), "%" + promotion + "%")).isZero();
        assertThat(Rows.count("select count(*) from outbox where topic = ?1 and record_key = ?2",
                Topic.ENTRANT_PROMOTED.topicName(), entrants.get(1).personId().toString())).isZero();
        String page = given().get("/results/{c}", city).then().statusCode(200).extract().asString();
        assertThat(page).contains("晋级保留", "不再增补");
    }

    @Test
    void aPromotedEntrantWhoWithdrawsBeforeTheNextLevelIsReplacedByTheNextRanked() {
        List<EntryRegistered> entrants = openEventWithEntrants(3, 1);
        publish(new ResultsPublished(city, "rider", 1, 1, 1, Upstream.results(entrants, 90, 80, 70)), "v1");
        awaitRanking(1);
        UUID first = UUID.fromString(given().get("/api/v1/competitions/{c}/promotions", city).then().extract()
                .jsonPath().getString("items[0].promotionId"));
        // registration registered the winner one level up; then the federation withdrew that entry
        EntryRegistered upstairs = new EntryRegistered(UUID.randomUUID(), entrants.get(0).personId(), "650203********0010", "选手0",
                "M", "KRMY", new Employer("美团", "91650200MA77ABCDE0"), 4, province, "rider", Level.PROVINCIAL, Origin.PROMOTED, first);
        publish(Topic.ENTRY_REGISTERED, upstairs, Topic.eventKey(province, "rider"), UUID.randomUUID().toString());
        publish(Topic.ENTRY_WITHDRAWN, new org.skillscontest.contracts.EntryWithdrawn(upstairs.entryId(), upstairs.personId(), province,
                "rider", "工作调动 transferred", first), Topic.eventKey(province, "rider"), UUID.randomUUID().toString());

        ConsumerRecord<String, String> substitute = Topics.find(Topic.ENTRANT_PROMOTED.topicName(),
                r -> r.key().equals(entrants.get(1).personId().toString()));
        assertThat(substitute.value()).contains("\"to\":{\"competition\":\"" + province + "\"");
        JsonPath promotions = given().get("/api/v1/competitions/{c}/promotions", city).then().extract().jsonPath();
        assertThat(promotions.getList("items.status", String.class)).containsExactlyInAnyOrder("DECLINED", "ACTIVE");
        assertThat(given().get("/api/v1/events/{c}/rider/ranking", city).then().extract().jsonPath()
                .getList("places.advanced", Boolean.class)).containsExactly(false, true, false);
    }

    @Test
    void aPersonsPathwayShowsEveryLevel() {
        List<EntryRegistered> entrants = openEventWithEntrants(2, 1);
        publish(new ResultsPublished(city, "rider", 1, 1, 1, Upstream.results(entrants, 91, 80)), "v1");
        awaitRanking(1);
        JsonPath pathway = given().get("/api/v1/people/{p}/pathway", entrants.get(0).personId())
                .then().statusCode(200).extract().jsonPath();
        assertThat(pathway.getString("steps[0].level")).isEqualTo("CITY");
        assertThat(pathway.getInt("steps[0].place")).isEqualTo(1);
        assertThat(pathway.getString("steps[0].promotedTo.competition")).isEqualTo(province);
        given().get("/api/v1/people/{p}/pathway", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    private List<EntryRegistered> openEventWithEntrants(int count, int quota) {
        EventRef target = new EventRef(province, "rider", Level.PROVINCIAL);
        publish(Topic.EVENT_OPENED, OpenedEvents.provincial(province, "rider").build(), target.key(), UUID.randomUUID().toString());
        EventRef ref = new EventRef(city, "rider", Level.CITY);
        publish(Topic.EVENT_OPENED, OpenedEvents.city(city, "rider").quota(quota).advancesTo(target).build(),
                ref.key(), UUID.randomUUID().toString());
        List<EntryRegistered> entrants = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            EntryRegistered e = new EntryRegistered(UUID.randomUUID(), UUID.randomUUID(), "650203********001" + i, "选手" + i,
                    "M", "KRMY", new Employer("美团", "91650200MA77ABCDE0"), 4, city, "rider", Level.CITY, Origin.DIRECT, null);
            publish(Topic.ENTRY_REGISTERED, e, ref.key(), UUID.randomUUID().toString());
            entrants.add(e);
        }
        return entrants;
    }

    private void publish(ResultsPublished results, String eventIdSeed) {
        publish(Topic.RESULTS_PUBLISHED, results, Topic.eventKey(city, "rider"), eventId(eventIdSeed));
    }

    private String eventId(String seed) {
        return UUID.nameUUIDFromBytes((city + seed).getBytes()).toString();
    }

    private void publish(Topic topic, Record value, String key, String eventId) {
        try {
            Topics.send(topic.topicName(), key, eventId, json.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonPath awaitRanking(int version) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var response = given().get("/api/v1/events/{c}/rider/ranking", city);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.jsonPath().getInt("version")).isEqualTo(version);
        });
        return given().get("/api/v1/events/{c}/rider/ranking", city).then().extract().jsonPath();
    }

    private List<ConsumerRecord<String, String>> promotionsOf(int expected) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            found.clear();
            given().get("/api/v1/competitions/{c}/promotions", city).then().extract().jsonPath()
                    .getList("items.promotionId", String.class)
                    .forEach(id -> found.add(Topics.find(Topic.ENTRANT_PROMOTED.topicName(), r -> r.value().contains(id))));
            assertThat(found).hasSize(expected);
        });
        return found;
    }
}
