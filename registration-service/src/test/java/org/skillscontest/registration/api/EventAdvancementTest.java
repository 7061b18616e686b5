package org.skillscontest.registration.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.skillscontest.contracts.Topic;
import org.skillscontest.testing.ServiceInfrastructure;
import org.skillscontest.testing.Tokens;
import org.skillscontest.testing.Topics;

/** An event's advancement settings: ties at the quota line and the cap per federation, defaulted, checked, announced. */
@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
class EventAdvancementTest {

    private final Organiser organiser = new Organiser();

    @Inject
    ObjectMapper json;

    @Test
    void settingsAreKeptAnsweredAndCarriedOnEventOpened() throws Exception {
        String competition = organiser.competition("adv", "CITY", "650200", null);
        organiser.event(competition, "rider", null,
                        Map.of("advancement", Map.of("ties", "NONE", "perFederationCap", 2)))
                .statusCode(201)
                .body("advancement.ties", equalTo("NONE"))
                .body("advancement.perFederationCap", equalTo(2));

        JsonNode opened = eventOpened(competition, "rider");
        assertThat(opened.at("/advancement/ties").asText()).isEqualTo("NONE");
        assertThat(opened.at("/advancement/perFederationCap").asInt()).isEqualTo(2);
    }

    @Test
    void withoutSettingsTiesAllAdvanceAndThereIsNoCap() throws Exception {
        String competition = organiser.competition("adv", "CITY", "650200", null);
        organiser.event(competition, "rider", null).statusCode(201)
                .body("advancement.ties", equalTo("ALL"))
                .body("advancement.perFederationCap", nullValue());
        // only a cap: ties keep their default
        organiser.event(competition, "welder", null, Map.of("advancement", Map.of("perFederationCap", 1))).statusCode(201)
                .body("advancement.ties", equalTo("ALL"))
                .body("advancement.perFederationCap", equalTo(1));

        JsonNode opened = eventOpened(competition, "rider");
        assertThat(opened.at("/advancement/ties").asText()).isEqualTo("ALL");
        assertThat(opened.at("/advancement/perFederationCap").isNull()).isTrue();
    }

    @Test
    void invalidSettingsAreFieldErrorsAndCreateNothing() {
        String competition = organiser.competition("adv", "CITY", "650200", null);
        organiser.event(competition, "rider", null, Map.of("advancement", Map.of("ties", "ALL", "perFederationCap", 0)))
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("advancement.perFederationCap"))
                .body("errors.code", hasItem("min"));
        organiser.event(competition, "rider", null, Map.of("advancement", Map.of("ties", "SOME")))
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("advancement.ties"))
                .body("errors.code", hasItem("malformed"));
        Map<String, Object> notANumber = new HashMap<>();
        notANumber.put("advancement", Map.of("perFederationCap", "one"));
        organiser.event(competition, "rider", null, notANumber)
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("advancement.perFederationCap"));

        // nothing was created: the same code is still free
        organiser.event(competition, "rider", null).statusCode(201);
        given().auth().oauth2(Tokens.organizer())
                .get("/api/v1/competitions/{c}/events/rider/entries", competition).then().statusCode(200);
    }

    private JsonNode eventOpened(String competition, String event) throws Exception {
        ConsumerRecord<String, String> record = Topics.find(Topic.EVENT_OPENED.topicName(),
                r -> r.key().equals(Topic.eventKey(competition, event)));
        return json.readTree(record.value());
    }
}
