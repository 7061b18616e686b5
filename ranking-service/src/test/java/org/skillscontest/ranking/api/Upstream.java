package org.skillscontest.ranking.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.inject.spi.CDI;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.skillscontest.contracts.AdvancementPolicy;
import org.skillscontest.contracts.Employer;
import org.skillscontest.contracts.EntryRegistered;
import org.skillscontest.contracts.EntryWithdrawn;
import org.skillscontest.contracts.EventOpened;
import org.skillscontest.contracts.EventRef;
import org.skillscontest.contracts.HonourSettings;
import org.skillscontest.contracts.Level;
import org.skillscontest.contracts.PromoteWhen;
import org.skillscontest.contracts.Origin;
import org.skillscontest.contracts.ResultsPublished;
import org.skillscontest.contracts.Round;
import org.skillscontest.contracts.RoundResultsPublished;
import org.skillscontest.contracts.ScoringScheme;
import org.skillscontest.contracts.Topic;
import org.skillscontest.testing.KafkaBroker;
import org.skillscontest.testing.Topics;
import org.skillscontest.testing.OpenedEvents;

/**
 * Plays registration and scoring on the topics for one test: a city competition (codes unique to
 * the test) feeding a provincial one, its events, entrants and results; and reads what ranking
 * publishes.
 */
final class Upstream {

    static final ScoringScheme SCHEME = OpenedEvents.ONE_MODULE;

    /** The chief judge (裁判长) scoring names on every results version published here: the one who decides objections. */
    static final String CHIEF_JUDGE = "chief-1";

    final String city = "city-" + UUID.randomUUID().toString().substring(0, 6);
    final String province = "prov-" + city;
    private final ObjectMapper json;
    private int people;
    private String series;
    private int edition = 17;
    private int year = 2027;
    private int publicityDays;
    private PromoteWhen promoteWhen = PromoteWhen.PROVISIONAL;
    private HonourSettings honours = HonourSettings.defaults();

    Upstream(ObjectMapper json) {
        this.json = json;
    }

    /** The city competition as an edition of {@code series}: its events are opened with it. */
    Upstream inSeries(String series, int edition, int year) {
        this.series = series;
        this.edition = edition;
        this.year = year;
        return this;
    }

    /** The city competition's publicity period (公示期, days; none unless set) and when its events promote. */
    Upstream publicity(int days, PromoteWhen promoteWhen) {
        this.publicityDays = days;
        this.promoteWhen = promoteWhen;
        return this;
    }

    /** The city events' own honour places, upgrade bands and organisation-award points. */
    Upstream honours(HonourSettings honours) {
        this.honours = honours;
        return this;
    }

    /** The city event {@code event} and the provincial one it advances to. */
    EventOpened openEvent(String event, int quota, AdvancementPolicy advancement) {
        EventOpened target = provincialEvent(event);
        publish(Topic.EVENT_OPENED, target, target.ref().key());
        EventOpened opened = cityEvent(event, quota, advancement);
        publish(Topic.EVENT_OPENED, opened, opened.ref().key());
        return opened;
    }

    /** The provincial event the city event {@code event} advances to. */
    EventOpened provincialEvent(String event) {
        return OpenedEvents.provincial(province, event).named(event).scoring(SCHEME).build();
    }

    EventOpened cityEvent(String event, int quota, AdvancementPolicy advancement) {
        return OpenedEvents.city(city, event).competitionName("克拉玛依市第" + edition + "届职业技能大赛").edition(edition, year)
                .named(event).quota(quota).advancesTo(new EventRef(province, event, Level.PROVINCIAL)).scoring(SCHEME)
                .advancement(advancement).series(series).publicity(publicityDays, promoteWhen).honours(honours).build();
    }

    /** The city event {@code event} in {@code rounds} (the last the final), and the provincial one it advances to. */
    EventOpened openEventInRounds(String event, int quota, List<Round> rounds) {
        EventOpened target = provincialEvent(event);
        publish(Topic.EVENT_OPENED, target, target.ref().key());
        EventOpened p = cityEvent(event, quota, AdvancementPolicy.defaults());
        EventOpened opened = new EventOpened(p.ref(), p.competitionName(), p.regionCode(), p.edition(), p.year(), p.startsOn(),
                p.registrationClosesAt(), p.name(), p.occupation(), p.skillLevel(), p.capacity(), p.quota(), p.advancesTo(),
                p.scoring(), p.awards(), p.advancement(), p.series(), p.publication(), p.honours(), rounds);
        publish(Topic.EVENT_OPENED, opened, opened.ref().key());
        return opened;
    }

    /** One version of an earlier round's results, in one part. */
    void publishRoundResults(String event, String round, int version, List<ResultsPublished.Result> results) {
        publish(Topic.ROUND_RESULTS_PUBLISHED, new RoundResultsPublished(city, event, round, version, 1, 1, results),
                Topic.eventKey(city, event));
    }

    /** A direct entrant of the city event, of {@code federation}, employed by {@code creditCode}, skill level 4. */
    EntryRegistered register(String event, String federation, String creditCode) {
        EntryRegistered e = entrant(event, federation, creditCode);
        register(e);
        return e;
    }

    /** The next direct entrant of the city event, as {@link #register} would register it, not yet published. */
    EntryRegistered entrant(String event, String federation, String creditCode) {
        int n = people++;
        return new EntryRegistered(UUID.randomUUID(), UUID.randomUUID(), "650203********" + String.format("%04d", n),
                "选手" + n, "M", federation, new Employer("企业" + creditCode.substring(14), creditCode), 4, city, event,
                Level.CITY, Origin.DIRECT, null);
    }

    void register(EntryRegistered e) {
        publish(Topic.ENTRY_REGISTERED, e, Topic.eventKey(e.competition(), e.event()));
    }

    void withdraw(EntryRegistered e) {
        publish(Topic.ENTRY_WITHDRAWN, new EntryWithdrawn(e.entryId(), e.personId(), e.competition(), e.event(), "因工作安排退出",
                null), Topic.eventKey(e.competition(), e.event()));
    }

    /**
     * Waits until ranking knows every entrant (withdrawn ones as withdrawn), so results never overtake
     * them. Read from ranking's table: no public endpoint shows an entrant before their event is ranked.
     */
    void awaitKnown(List<EntryRegistered> entrants, EntryRegistered... withdrawn) {
        List<UUID> gone = java.util.Arrays.stream(withdrawn).map(EntryRegistered::entryId).toList();
        DataSource db = CDI.current().select(DataSource.class).get();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<UUID, Boolean> known = contestants(db, entrants.stream().map(EntryRegistered::entryId).toList());
            for (EntryRegistered e : entrants) {
                assertThat(known).containsEntry(e.entryId(), gone.contains(e.entryId()));
            }
        });
    }

    /** Of these entries, those ranking knows, and whether each is withdrawn. */
    private static Map<UUID, Boolean> contestants(DataSource db, List<UUID> entryIds) throws SQLException {
        Map<UUID, Boolean> known = new HashMap<>();
        try (Connection c = db.getConnection();
             PreparedStatement read = c.prepareStatement("select entry_id, withdrawn from contestant where entry_id = any(?)")) {
            read.setArray(1, c.createArrayOf("uuid", entryIds.toArray()));
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    known.put(rows.getObject(1, UUID.class), rows.getBoolean(2));
                }
            }
        }
        return known;
    }

    /** Totals in the entrants' order; practical equals the total, theory 80, time 1,000 s: equal totals share a place. */
    static List<ResultsPublished.Result> results(List<EntryRegistered> entrants, double... totals) {
        List<ResultsPublished.Result> results = new ArrayList<>();
        for (int i = 0; i < totals.length; i++) {
            BigDecimal total = BigDecimal.valueOf(totals[i]);
            results.add(new ResultsPublished.Result(entrants.get(i).entryId(), entrants.get(i).personId(),
                    BigDecimal.valueOf(80), total, total, 1000));
        }
        return results;
    }

    /** One version in one part, under a fresh event id (a replay is a new record with the same content). */
    void publishResults(String event, int version, List<ResultsPublished.Result> results) {
        publish(Topic.RESULTS_PUBLISHED, new ResultsPublished(city, event, version, 1, 1, results, CHIEF_JUDGE),
                Topic.eventKey(city, event));
    }

    void publish(Topic topic, Record value, String key) {
        try {
            publishJson(topic, json.writeValueAsString(value), key);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    void publishJson(Topic topic, String value, String key) {
        Topics.send(topic.topicName(), key, UUID.randomUUID().toString(), value);
    }

    JsonPath awaitRanking(String event, int version) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var response = given().get("/api/v1/events/{c}/{e}/ranking", city, event);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.jsonPath().getInt("version")).isEqualTo(version);
        });
        return given().get("/api/v1/events/{c}/{e}/ranking", city, event).then().extract().jsonPath();
    }

    /** Every record on the topic, from its start, that matches and arrives within {@code window}. */
    static List<ConsumerRecord<String, String>> records(Topic topic, Predicate<ConsumerRecord<String, String>> matching,
                                                        Duration window) {
        return records(topic.topicName(), matching, window);
    }

    /** Every record on the topic (a dead-letter topic, say), from its start, that matches and arrives within {@code window}. */
    static List<ConsumerRecord<String, String>> records(String topic, Predicate<ConsumerRecord<String, String>> matching,
                                                        Duration window) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "test-records-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + window.toMillis();
            while (System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(300))) {
                    if (matching.test(r)) {
                        found.add(r);
                    }
                }
            }
        }
        return found;
    }

    /** Records of this test's competition on a topic: those whose value names it. */
    Predicate<ConsumerRecord<String, String>> ofCity() {
        return r -> r.value() != null && r.value().contains("\"" + city + "\"");
    }
}
