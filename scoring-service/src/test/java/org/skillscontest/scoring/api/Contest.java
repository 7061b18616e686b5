package org.skillscontest.scoring.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.skillscontest.contracts.Employer;
import org.skillscontest.contracts.EntryRegistered;
import org.skillscontest.contracts.EntryWithdrawn;
import org.skillscontest.contracts.EventOpened;
import org.skillscontest.contracts.Level;
import org.skillscontest.contracts.Origin;
import org.skillscontest.contracts.ScoringScheme;
import org.skillscontest.contracts.Topic;
import org.skillscontest.testing.Tokens;
import org.skillscontest.testing.Topics;
import org.skillscontest.testing.OpenedEvents;

/**
 * One competition of a scoring test, with a code of its own so that tests sharing the service stay
 * apart. Registration's part is played on Kafka, as its records would be: events opened, entrants
 * registered and withdrawn. The rest goes over REST, as organisers, judges and chief judges would.
 */
final class Contest {

    /** The default scheme: theory 30 %, one practical module "route" marked out of 100, tolerance 10 %. */
    static final ScoringScheme ROUTE = new ScoringScheme(30, 70, BigDecimal.TEN,
            List.of(new ScoringScheme.Module("route", "路线规划", BigDecimal.valueOf(100), 100)));

    /** The federation every entrant of a contest comes from. */
    static final String FEDERATION = "KRMY";

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    final String competition = "krmy-" + UUID.randomUUID().toString().substring(0, 6);

    /** The chief judge (裁判长) the panels of this contest name for the event. */
    String chiefOf(String event) {
        return "chief-" + competition + "-" + event;
    }

    String path(String event, String endpoint) {
        return "/api/v1/events/" + competition + "/" + event + "/" + endpoint;
    }

    List<UUID> openEvent(String event, int entrants) {
        return openEvent(event, ROUTE, entrants);
    }

    /** Opens the event and registers {@code entrants}; returns their entry ids once scoring has them all. */
    List<UUID> openEvent(String event, ScoringScheme scheme, int entrants) {
        send(event, opened(event, scheme));
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < entrants; i++) {
            EntryRegistered entrant = entrant(event);
            send(event, entrant);
            ids.add(entrant.entryId());
        }
        awaitActiveEntrants(event, entrants);
        return ids;
    }

    /** The event's definition as registration announces it, not yet sent. */
    EventOpened opened(String event, ScoringScheme scheme) {
        return OpenedEvents.city(competition, event).scoring(scheme).build();
    }

    /** A new entrant of the event as registration announces it, not yet sent. */
    EntryRegistered entrant(String event) {
        return new EntryRegistered(UUID.randomUUID(), UUID.randomUUID(), "650203********0010", "选手", "M", FEDERATION,
                new Employer("美团", "91650200MA77ABCDE0"), 4, competition, event, Level.CITY, Origin.DIRECT, null);
    }

    /** The withdrawal registration announces for the entrant, not yet sent. */
    EntryWithdrawn withdrawal(EntryRegistered entrant) {
        return new EntryWithdrawn(entrant.entryId(), entrant.personId(), competition, entrant.event(), "病假 sick leave", null);
    }

    /** Withdraws an entrant as registration would, and waits until scoring no longer counts it. */
    void withdraw(String event, UUID entryId) {
        int before = activeEntrants(event);
        send(event, new EntryWithdrawn(entryId, UUID.randomUUID(), competition, event, "病假 sick leave", null));
        awaitActiveEntrants(event, before - 1);
    }

    /** Sets the event's panel as the organiser, with {@link #chiefOf} as chief judge. */
    void panel(String event, Map<String, List<String>> modules) {
        given().auth().oauth2(Tokens.organizer()).contentType(ContentType.JSON)
                .body(Map.of("chiefJudge", chiefOf(event), "modules", modules))
                .put(path(event, "panel")).then().statusCode(200);
    }

    void mark(String judge, String event, UUID entryId, String module, int mark) {
        given().auth().oauth2(Tokens.judge(judge)).contentType(ContentType.JSON)
                .body(Map.of("marks", List.of(Map.of("entryId", entryId, "module", module, "mark", mark, "timeUsedSeconds", 1500))))
                .post(path(event, "marks")).then().statusCode(200).body("accepted", equalTo(1));
    }

    void theory(String event, UUID entryId, int score) {
        given().auth().oauth2(Tokens.chiefJudge(chiefOf(event))).contentType(ContentType.JSON)
                .body(Map.of("scores", List.of(Map.of("entryId", entryId, "score", score))))
                .post(path(event, "theory")).then().statusCode(200).body("accepted", equalTo(1));
    }

    /** The chief judge disqualifies the entrant: 201. */
    io.restassured.response.ValidatableResponse disqualify(String event, UUID entryId, String reason) {
        return given().auth().oauth2(Tokens.chiefJudge(chiefOf(event))).contentType(ContentType.JSON)
                .body(Map.of("entryId", entryId, "reason", reason))
                .post(path(event, "disqualifications")).then().statusCode(201);
    }

    void lock(String event) {
        given().auth().oauth2(Tokens.chiefJudge(chiefOf(event))).post(path(event, "lock")).then().statusCode(200);
    }

    /** The record of {@code scoring.results-published.v1} for this version of the event's results. */
    ConsumerRecord<String, String> publishedResults(String event, int version) {
        return Topics.find(Topic.RESULTS_PUBLISHED.topicName(), r -> r.key().equals(Topic.eventKey(competition, event))
                && r.value().contains("\"version\":" + version + ","));
    }

    /** The results list withdrawn entrants who took part and disqualified ones too: the active are those COMPETING. */
    private static final String COMPETING = "entries.findAll { it.status == 'COMPETING' }";

    private int activeEntrants(String event) {
        return given().auth().oauth2(Tokens.organizer()).get(path(event, "results"))
                .then().statusCode(200).extract().path(COMPETING + ".size()");
    }

    /** The active entrants' entry ids, as the organiser sees them in the results (404 while the event is unknown). */
    List<String> activeEntryIds(String event) {
        return given().auth().oauth2(Tokens.organizer()).get(path(event, "results"))
                .then().statusCode(200).extract().jsonPath().getList(COMPETING + ".entryId", String.class);
    }

    void awaitActiveEntrants(String event, int count) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.organizer())
                .get(path(event, "results")).then().statusCode(200).body(COMPETING + ".size()", equalTo(count)));
    }

    /** Sends a record as registration would, keyed by the event. */
    void send(String event, Record value) {
        try {
            Topics.send(Topic.forValue(value).topicName(), Topic.eventKey(competition, event), UUID.randomUUID().toString(),
                    JSON.writeValueAsString(value));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
