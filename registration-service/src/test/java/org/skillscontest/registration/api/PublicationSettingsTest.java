package org.skillscontest.registration.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.skillscontest.contracts.Topic;
import org.skillscontest.testing.ServiceInfrastructure;
import org.skillscontest.testing.Topics;

/**
 * The publicity period of a competition, an event's promoteWhen and its own honour table:
 * defaulted, checked at the edge with field errors, and carried on event-opened for ranking.
 */
@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
class PublicationSettingsTest {

    private final Organiser organiser = new Organiser();

    @Inject
    ObjectMapper json;

    @Test
    void defaultsAreFiveDaysPromotionsAtOnceAndTheLevelsTables() throws Exception {
        Organiser.Created competition = organiser.competition("pub", "CITY", "650200", null, Map.of());
        competition.answer().statusCode(201).body("publicityDays", equalTo(5));
        organiser.event(competition.code(), "rider", null).statusCode(201)
                .body("promoteWhen", equalTo("PROVISIONAL"))
                .body("honours.mayDayPlaces", nullValue())
                .body("honours.upgrades", nullValue())
                .body("honours.organisationAward.gold", equalTo(4));
        JsonNode opened = eventOpened(competition.code(), "rider");
        assertThat(opened.at("/publication/publicityDays").asInt()).isEqualTo(5);
        assertThat(opened.at("/publication/promoteWhen").asText()).isEqualTo("PROVISIONAL");
        assertThat(opened.at("/honours/upgrades").isNull()).isTrue();
        assertThat(opened.at("/honours/organisationAward/excellence").asInt()).isEqualTo(1);
    }

    @Test
    void zeroDaysAFinalOnlyPromotionAndAnEventsOwnTableAreKeptAndCarried() throws Exception {
        Organiser.Created competition = organiser.competition("pub0", "CITY", "650200", null, Map.of("publicityDays", 0));
        competition.answer().statusCode(201).body("publicityDays", equalTo(0));
        Map<String, Object> honours = Map.of("mayDayPlaces", 1, "technicalExpertPlaces", 5,
                "upgrades", List.of(Map.of("fromPlace", 1, "toPlace", 1, "levels", 2),
                        Map.of("fromPlace", 2, "toPlace", 5, "targetSkillLevel", 3)),
                "organisationAward", Map.of("gold", 10, "silver", 6, "bronze", 3, "excellence", 1));
        organiser.event(competition.code(), "rider", null, Map.of("promoteWhen", "FINAL", "honours", honours)).statusCode(201)
                .body("promoteWhen", equalTo("FINAL"))
                .body("honours.upgrades[0].levels", equalTo(2))
                .body("honours.upgrades[1].targetSkillLevel", equalTo(3))
                .body("honours.organisationAward.gold", equalTo(10));
        JsonNode opened = eventOpened(competition.code(), "rider");
        assertThat(opened.at("/publication/publicityDays").asInt()).isZero();
        assertThat(opened.at("/publication/promoteWhen").asText()).isEqualTo("FINAL");
        assertThat(opened.at("/honours/technicalExpertPlaces").asInt()).isEqualTo(5);
        assertThat(opened.at("/honours/upgrades/0/levels").asInt()).isEqualTo(2);
        assertThat(opened.at("/honours/upgrades/0/targetSkillLevel").isNull()).isTrue();
        assertThat(opened.at("/honours/organisationAward/silver").asInt()).isEqualTo(6);
    }

    @Test
    void aPublicityPeriodHasZeroToSixtyDays() {
        organiser.competition("neg", "CITY", "650200", null, Map.of("publicityDays", -1)).answer().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("publicityDays")).body("errors.code", hasItem("min"));
        organiser.competition("long", "CITY", "650200", null, Map.of("publicityDays", 61)).answer().statusCode(400)
                .body("errors.field", hasItem("publicityDays")).body("errors.code", hasItem("max"));
        organiser.competition("word", "CITY", "650200", null, Map.of("publicityDays", "five")).answer().statusCode(400)
                .body("errors.field", hasItem("publicityDays"));
        // nothing was created: the codes are free
        organiser.competition("neg", "CITY", "650200", null, Map.of("publicityDays", 60)).answer().statusCode(201);
    }

    @Test
    void invalidEventSettingsAreFieldErrorsAndCreateNothing() {
        String competition = organiser.competition("pubx", "CITY", "650200", null);
        organiser.event(competition, "rider", null, Map.of("promoteWhen", "LATER")).statusCode(400)
                .body("errors.field", hasItem("promoteWhen")).body("errors.code", hasItem("malformed"));
        organiser.event(competition, "rider", null, Map.of("honours", Map.of("upgrades",
                        List.of(Map.of("fromPlace", 1, "toPlace", 1, "levels", 3))))).statusCode(400)
                .body("errors.field", hasItem("honours.upgrades[0].levels")).body("errors.code", hasItem("max"));
        organiser.event(competition, "rider", null, Map.of("honours", Map.of("upgrades",
                        List.of(Map.of("fromPlace", 1, "toPlace", 3, "levels", 1, "targetSkillLevel", 3))))).statusCode(400)
                .body("errors.field", hasItem("honours.upgrades[0]")).body("errors.code", hasItem("target-or-levels"));
        organiser.event(competition, "rider", null, Map.of("honours", Map.of("upgrades",
                        List.of(Map.of("fromPlace", 1, "toPlace", 3))))).statusCode(400)
                .body("errors.code", hasItem("target-or-levels"));
        organiser.event(competition, "rider", null, Map.of("honours", Map.of("upgrades",
                        List.of(Map.of("fromPlace", 5, "toPlace", 3, "levels", 1))))).statusCode(400)
                .body("errors.field", hasItem("honours.upgrades[0].toPlace")).body("errors.code", hasItem("before-from-place"));
        organiser.event(competition, "rider", null, Map.of("honours", Map.of("upgrades",
                        List.of(Map.of("fromPlace", 1, "toPlace", 3, "levels", 1), Map.of("fromPlace", 3, "toPlace", 8,
                                "targetSkillLevel", 4))))).statusCode(400)
                .body("errors.field", hasItem("honours.upgrades[1].fromPlace")).body("errors.code", hasItem("overlapping-bands"));
        organiser.event(competition, "rider", null, Map.of("honours", Map.of("mayDayPlaces", -1,
                        "organisationAward", Map.of("gold", -1, "silver", 3, "bronze", 2, "excellence", 1)))).statusCode(400)
                .body("errors.field", hasItem("honours.mayDayPlaces"))
                .body("errors.field", hasItem("honours.organisationAward.gold"));
        organiser.event(competition, "rider", null, Map.of("honours", Map.of("organisationAward", Map.of("gold", 4))))
                .statusCode(400).body("errors.field", hasItem("honours.organisationAward.silver"));
        // nothing was created: the same code is still free
        organiser.event(competition, "rider", null).statusCode(201);
    }

    private JsonNode eventOpened(String competition, String event) throws Exception {
        ConsumerRecord<String, String> record = Topics.find(Topic.EVENT_OPENED.topicName(),
                r -> r.key().equals(Topic.eventKey(competition, event)));
        return json.readTree(record.value());
    }
}
