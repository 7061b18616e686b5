package org.skillscontest.registration.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.skillscontest.testing.Rows;
import org.skillscontest.testing.ServiceInfrastructure;
import org.skillscontest.testing.Tokens;

/**
 * Requests that race for one rule spanning rows: many of them at once against the running service,
 * then the rows and the outbox events are counted. Whatever the interleaving, the answer is the one
 * a sequential client would get, and every fact is announced once.
 */
@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
class ConcurrentRequestsTest {

    private static final int RACERS = 8;

    private final Organiser organiser = new Organiser();

    @Inject
    EntityManager em;

    @Test
    void racingWithdrawalsOfOneEntryWithdrawItOnceAndAnnounceItOnce() {
        String fed = organiser.federation("krmy", "650203");
        String competition = organiser.competition("krmy", "CITY", "650200", null);
        organiser.event(competition, "rider", null).statusCode(201);
        for (int round = 0; round < 5; round++) {
            String entryId = organiser.register(fed, competition, "rider", "选手" + round,
                    People.idNumber("650203", LocalDate.of(1990, 1, 1).plusDays(round), 31 + 2 * round)).get("entryId");

            List<Response> answers = Racing.race(RACERS, i -> given().auth().oauth2(Tokens.federation(fed))
                    .contentType(ContentType.JSON).body(Map.of("reason", "因工作安排退出"))
                    .post("/api/v1/entries/{id}/withdrawal", entryId));

            assertThat(answers).extracting(Response::statusCode).as("statuses of round %d", round)
                    .containsOnlyOnce(200).containsOnly(200, 409);
            assertThat(answers).filteredOn(r -> r.statusCode() == 409)
                    .allSatisfy(r -> assertThat(r.jsonPath().getString("type")).endsWith(":already-withdrawn"));
            assertThat(outboxEvents("registration.entry-withdrawn.v1", entryId)).as("entry-withdrawn events").isEqualTo(1);
        }
    }

    @Test
    void racingRegistrationsOfOnePersonIntoEventsOfOneCompetitionKeepTheLimit() {
        int limit = ConfigProvider.getConfig().getValue("registration.eligibility.max-events-per-competition", Integer.class);
        int events = limit + RACERS - 1;
        String fed = organiser.federation("krmy", "650203");
        String competition = organiser.competition("krmy", "CITY", "650200", null);
        for (int e = 0; e < events; e++) {
            organiser.event(competition, "event" + e, null).statusCode(201);
        }
        for (int round = 0; round < 4; round++) {
            String idNumber = People.idNumber("650203", LocalDate.of(1988, 3, 1).plusDays(round), 41 + 2 * round);
            List<Response> answers = Racing.race(events, e -> given().auth().oauth2(Tokens.federation(fed))
                    .contentType(ContentType.JSON).body(People.entry("阿依古丽", idNumber))
                    .post("/api/v1/competitions/{c}/events/{e}/entries", competition, "event" + e));

            assertThat(answers).extracting(Response::statusCode).as("statuses of round %d", round)
                    .containsOnly(201, 422).filteredOn(s -> s == 201).hasSize(limit);
            assertThat(answers).filteredOn(r -> r.statusCode() == 422)
                    .allSatisfy(r -> assertThat(r.jsonPath().getList("errors.code")).contains("too-many-events"));
            assertThat(entriesInCompetition(idNumber, competition)).as("entries of the person").isEqualTo(limit);
            assertThat(outboxEvents("registration.entry-registered.v1", personId(idNumber))).as("entry-registered events")
                    .isEqualTo(limit);
        }
    }

    @Test
    void racingBatchesWithOnePersonInDifferentEventsOfOneCompetitionKeepTheLimit() {
        int limit = ConfigProvider.getConfig().getValue("registration.eligibility.max-events-per-competition", Integer.class);
        int events = limit + RACERS - 1;
        String fed = organiser.federation("krmy", "650203");
        String competition = organiser.competition("krmy", "CITY", "650200", null);
        for (int e = 0; e < events; e++) {
            organiser.event(competition, "event" + e, null, Map.of("capacity", 1000)).statusCode(201);
        }
        for (int round = 0; round < 4; round++) {
            String idNumber = People.idNumber("650203", LocalDate.of(1987, 5, 1).plusDays(round), 61 + 2 * round);
            int r = round;
            // each batch: the shared person first, then people of its own who are always accepted; large batches
            // (more people than are locked one by one) and small ones race together
            List<Response> answers = Racing.race(events, e -> given().auth().oauth2(Tokens.federation(fed))
                    .contentType(ContentType.JSON).body(Map.of("entries", batch(idNumber, r, e, e % 2 == 0 ? 70 : 2)))
                    .post("/api/v1/competitions/{c}/events/{e}/entries/batch", competition, "event" + e));

            assertThat(answers).extracting(Response::statusCode).containsOnly(200);
            assertThat(answers).extracting(a -> a.jsonPath().getList("accepted.index", Integer.class).contains(0))
                    .as("batches that registered the shared person, round %d", round)
                    .filteredOn(accepted -> accepted).hasSize(limit);
            assertThat(answers).allSatisfy(a -> assertThat(a.jsonPath().getList("rejected.index", Integer.class))
                    .as(a.asString()).isSubsetOf(0));
            assertThat(entriesInCompetition(idNumber, competition)).as("entries of the person").isEqualTo(limit);
            assertThat(outboxEvents("registration.entry-registered.v1", personId(idNumber))).as("entry-registered events")
                    .isEqualTo(limit);
        }
    }

    @Test
    void racingCreationsOfOneCompetitionCreateItOnceAndTheOthersGetTheSequentialConflict() {
        String code = "race-" + organiser.run;
        Map<String, Object> body = Map.of("code", code, "name", "克拉玛依市第十七届职业技能大赛", "level", "CITY",
                "regionCode", "650200", "edition", 17, "year", 2027, "startsOn", LocalDate.now().plusMonths(2).toString(),
                "registrationClosesAt", Instant.now().plus(30, ChronoUnit.DAYS).toString());

        List<Response> answers = Racing.race(RACERS, i -> given().auth().oauth2(Tokens.organizer())
                .contentType(ContentType.JSON).body(body).post("/api/v1/competitions"));

        assertOneCreatedOthersDuplicate(answers);
        assertSequentialDuplicate(given().auth().oauth2(Tokens.organizer()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/competitions"));
        assertThat(Rows.count("select count(*) from competition where code = ?1", code)).isEqualTo(1);
    }

    @Test
    void racingCreationsOfOneFederationCreateItOnceAndTheOthersGetTheSequentialConflict() {
        String code = "race-" + organiser.run;
        Map<String, Object> body = Map.of("code", code, "name", "克拉玛依区总工会", "regionCode", "650203");

        List<Response> answers = Racing.race(RACERS, i -> given().auth().oauth2(Tokens.organizer())
                .contentType(ContentType.JSON).body(body).post("/api/v1/federations"));

        assertOneCreatedOthersDuplicate(answers);
        assertSequentialDuplicate(given().auth().oauth2(Tokens.organizer()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/federations"));
        assertThat(Rows.count("select count(*) from federation where code = ?1", code)).isEqualTo(1);
    }

    @Test
    void racingCreationsOfOneEventCreateAndAnnounceItOnce() {
        String competition = organiser.competition("krmy", "CITY", "650200", null);

        List<Response> answers = Racing.race(RACERS, i -> organiser.event(competition, "rider", null).extract().response());

        assertOneCreatedOthersDuplicate(answers);
        assertSequentialDuplicate(organiser.event(competition, "rider", null).extract().response());
        assertThat(Rows.count("select count(*) from competition_event where competition = ?1", competition)).isEqualTo(1);
        assertThat(outboxEvents("registration.event-opened.v1", "\"" + competition + "\"")).as("event-opened events")
                .isEqualTo(1);
    }

    /** The shared person, then {@code size - 1} people unique to this round and batch. */
    private static List<Map<String, Object>> batch(String shared, int round, int batch, int size) {
        List<Map<String, Object>> rows = new ArrayList<>(List.of(People.entry("阿依古丽", shared)));
        LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(10L * (8 * round + batch));
        for (int i = 1; i < size; i++) {
            rows.add(People.entry("选手" + i, People.idNumber("650203", birth, 2 * i)));
        }
        return rows;
    }

    /** Exactly one 201; every other answer is the 409 a sequential duplicate gets, never a 500. */
    private static void assertOneCreatedOthersDuplicate(List<Response> answers) {
        assertThat(answers).extracting(Response::statusCode).containsOnlyOnce(201).containsOnly(201, 409);
        answers.stream().filter(r -> r.statusCode() == 409).forEach(ConcurrentRequestsTest::assertSequentialDuplicate);
    }

    private static void assertSequentialDuplicate(Response answer) {
        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.jsonPath().getString("type")).endsWith(":duplicate");
        assertThat(answer.jsonPath().getString("errors[0].field")).isEqualTo("code");
        assertThat(answer.jsonPath().getString("errors[0].code")).isEqualTo("duplicate");
    }

    /** Events on the topic whose JSON names {@code text}, counted inside bundles too (one occurrence per event). */
    private long outboxEvents(String topic, String text) {
        return Rows.count("""
                select coalesce(sum((length(payload) - length(replace(payload, ?2, ''))) / length(?2)), 0)
                from outbox where topic = ?1""", topic, text);
    }

    private long entriesInCompetition(String idNumber, String competition) {
        return Rows.count("""
                select count(*) from entry e join person p on p.id = e.person_id
                where p.id_number = ?1 and e.competition = '%s' and e.status = 'REGISTERED'""".formatted(competition), idNumber);
    }

    private String personId(String idNumber) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select cast(id as text) from person where id_number = ?1")
                .setParameter(1, idNumber).getSingleResult().toString());
    }
}
