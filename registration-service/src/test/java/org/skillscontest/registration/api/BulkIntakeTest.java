package org.skillscontest.registration.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.skillscontest.testing.ServiceInfrastructure;
import org.skillscontest.testing.Tokens;
import org.skillscontest.testing.Topics;

/** Bulk intake as federations' own systems use it: per-row answers, safe retries, nothing of a rejected row kept. */
@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
class BulkIntakeTest {

    private final Organiser organiser = new Organiser();

    @Test
    void aMixedBatchGetsAPerRowReportAndARetryWithTheSameKeyRegistersNothingMore() {
        String fed = organiser.federation("krmy", "650203");
        String competition = organiser.competition("krmy", "CITY", "650200", null);
        organiser.event(competition, "rider", null).statusCode(201);

        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            rows.add(People.entry("选手" + i, People.idNumber("650203", LocalDate.of(1990, 1, 1 + i), 100 + i)));
        }
        String good = People.idNumber("650203", LocalDate.of(1991, 5, 5), 7);
        rows.add(People.entry("校验位错", good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0')));   // 5
        rows.add(People.entry("重复", People.idNumber("650203", LocalDate.of(1990, 1, 1), 100)));              // 6: same as row 0
        Map<String, Object> badCredit = new HashMap<>(People.entry("信用代码错", People.idNumber("650203", LocalDate.of(1992, 2, 2), 9)));
        badCredit.put("employer", Map.of("name", "某公司", "creditCode", "91650200MA77ABCDEI"));
        rows.add(badCredit);                                                                                    // 7
        Map<String, Object> wrongGender = new HashMap<>(People.entry("性别不符", People.idNumber("650203", LocalDate.of(1993, 3, 3), 11)));
        wrongGender.put("gender", "F");
        rows.add(wrongGender);                                                                                  // 8
        Map<String, Object> missingName = new HashMap<>(People.entry("x", People.idNumber("650203", LocalDate.of(1994, 4, 4), 13)));
        missingName.remove("name");
        rows.add(missingName);                                                                                  // 9

        String key = UUID.randomUUID().toString();
        JsonPath first = batch(fed, competition, key, rows).then().statusCode(200).extract().jsonPath();
        assertThat(first.getList("accepted.index", Integer.class)).containsExactly(0, 1, 2, 3, 4);
        assertThat(first.getList("rejected.index", Integer.class)).containsExactly(5, 6, 7, 8, 9);
        assertThat(first.getString("rejected[0].errors[0].code")).isEqualTo("id-number-check-digit");
        assertThat(first.getString("rejected[1].errors[0].code")).isEqualTo("duplicate-in-batch");
        assertThat(first.getString("rejected[2].errors[0].field")).isEqualTo("employer.creditCode");
        assertThat(first.getString("rejected[3].errors[0].code")).isEqualTo("gender-mismatch");
        assertThat(first.getString("rejected[4].errors[0].field")).isEqualTo("name");

        JsonPath retry = batch(fed, competition, key, rows).then().statusCode(200).extract().jsonPath();
        assertThat(retry.getList("accepted.entryId")).isEqualTo(first.getList("accepted.entryId"));
        assertThat(total(competition)).isEqualTo(5);
        for (String entryId : first.getList("accepted.entryId", String.class)) {
            Topics.find("registration.entry-registered.v1", r -> r.value().contains(entryId));
        }

        // the same key for another request is refused; a new key re-checks the rows: now all already entered
        batch(fed, competition, key, rows.subList(0, 2)).then().statusCode(422)
                .body("errors[0].field", equalTo("Idempotency-Key"));
        batch(fed, competition, UUID.randomUUID().toString(), rows.subList(0, 2)).then().statusCode(200)
                .body("accepted.size()", equalTo(0))
                .body("rejected[0].errors.code", hasItem("already-entered"));
        assertThat(total(competition)).isEqualTo(5);
    }

    @Test
    void twoRacingRetriesRegisterTheBatchOnceAndCapacityHolds() {
        String fed = organiser.federation("krmy", "650203");
        String competition = organiser.competition("krmy", "CITY", "650200", null);
        organiser.event(competition, "rider", null).statusCode(201);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            rows.add(People.entry("选手" + i, People.idNumber("650203", LocalDate.of(1985, 1, 1).plusDays(i), i)));
        }
        String key = UUID.randomUUID().toString();
        var a = CompletableFuture.supplyAsync(() -> batch(fed, competition, key, rows).then().statusCode(200).extract().jsonPath());
        var b = RacingStart.after(5, () -> batch(fed, competition, key, rows).then().statusCode(200).extract().jsonPath());
        JsonPath first = a.join();
        // the event holds 100: the first 100 rows are in, the rest refused as event-full, and both answers agree
        assertThat(first.getList("accepted.entryId")).hasSize(100).isEqualTo(b.join().getList("accepted.entryId"));
        assertThat(first.getInt("rejected[0].index")).isEqualTo(100);
        assertThat(first.getString("rejected[0].errors[0].code")).isEqualTo("event-full");
        assertThat(total(competition)).isEqualTo(100);
    }

    @Test
    void eligibilityIsCheckedAtTheBoundaries() {
        String fed = organiser.federation("krmy", "650203");
        String competition = organiser.competition("krmy", "CITY", "650200", null);
        organiser.event(competition, "rider", null).statusCode(201);
        LocalDate startsOn = LocalDate.now().plusMonths(2);
        String sixteen = People.idNumber("650203", startsOn.minusYears(16), 21);
        String almostSixteen = People.idNumber("650203", startsOn.minusYears(16).plusDays(1), 23);
        String sixty = People.idNumber("650203", startsOn.minusYears(60), 25);
        JsonPath answer = batch(fed, competition, null, List.of(People.entry("十六岁", sixteen),
                People.entry("差一天", almostSixteen), People.entry("六十岁", sixty))).then().statusCode(200).extract().jsonPath();
        assertThat(answer.getList("accepted.index", Integer.class)).containsExactly(0);
        assertThat(answer.getString("rejected[0].errors[0].code")).isEqualTo("too-young");
        assertThat(answer.getString("rejected[1].errors[0].code")).isEqualTo("retirement-age");
    }

    @Test
    void tooManyRowsAreRefusedWhole() {
        String fed = organiser.federation("krmy", "650203");
        String competition = organiser.competition("krmy", "CITY", "650200", null);
        organiser.event(competition, "rider", null).statusCode(201);
        Map<String, Object> row = People.entry("x", People.idNumber("650203", LocalDate.of(1990, 1, 1), 1));
        batch(fed, competition, UUID.randomUUID().toString(), java.util.Collections.nCopies(5001, row))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("entries"))
                .body("errors.code", contains("size"));
        assertThat(total(competition)).isZero();
    }

    private static io.restassured.response.Response batch(String fed, String competition, String key, List<Map<String, Object>> rows) {
        var request = given().auth().oauth2(Tokens.federation(fed)).contentType(ContentType.JSON).body(Map.of("entries", rows));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post("/api/v1/competitions/{c}/events/rider/entries/batch", competition);
    }

    private static int total(String competition) {
        return given().auth().oauth2(Tokens.organizer()).get("/api/v1/competitions/{c}/events/rider/entries", competition)
                .then().statusCode(200).extract().path("total");
    }

    /** Starts the second retry a few milliseconds after the first, so both are in flight together. */
    private static final class RacingStart {
        static <T> CompletableFuture<T> after(long millis, java.util.function.Supplier<T> work) {
            return CompletableFuture.supplyAsync(work, CompletableFuture.delayedExecutor(millis, java.util.concurrent.TimeUnit.MILLISECONDS));
        }
    }
}
