package org.skillscontest.registration.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.skillscontest.testing.Tokens;

/** Sets up reference data over REST as an organiser would, with codes unique to one test. */
final class Organiser {

    final String run = UUID.randomUUID().toString().substring(0, 6);

    String federation(String name, String region) {
        String code = name + "-" + run;
        given().auth().oauth2(Tokens.organizer()).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "克拉玛依区总工会", "regionCode", region))
                .post("/api/v1/federations").then().statusCode(201);
        return code;
    }

    String competition(String name, String level, String region, String feeds) {
        Created created = competition(name, level, region, feeds, Map.of());
        created.answer().statusCode(201);
        return created.code();
    }

    /** A competition request with further fields ({@code publicityDays}...) set; the answer and the code. */
    Created competition(String name, String level, String region, String feeds, Map<String, Object> more) {
        String code = name + "-" + run;
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", "克拉玛依市第十七届职业技能大赛",
                "level", level, "regionCode", region, "edition", 17, "year", 2027,
                "startsOn", LocalDate.now().plusMonths(2).toString(),
                "registrationClosesAt", Instant.now().plus(30, ChronoUnit.DAYS).toString()));
        if (feeds != null) {
            body.put("feeds", feeds);
        }
        body.putAll(more);
        return new Created(code, given().auth().oauth2(Tokens.organizer()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/competitions").then());
    }

    /** A competition's code and the answer to its creation. */
    record Created(String code, ValidatableResponse answer) {
    }

    ValidatableResponse event(String competition, String code, Map<String, String> advancesTo) {
        return event(competition, code, advancesTo, Map.of());
    }

    /** An event with further fields of the request ({@code advancement}, {@code awards}...) set or replaced. */
    ValidatableResponse event(String competition, String code, Map<String, String> advancesTo, Map<String, Object> more) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", "网约配送员", "occupation", "网约配送员",
                "skillLevel", 3, "capacity", 100, "quota", 3,
                "scoring", Map.of("theoryWeight", 30, "practicalWeight", 70, "tolerancePercent", 10,
                        "modules", List.of(Map.of("code", "route", "name", "路线规划", "maxMark", 100, "weight", 100)))));
        if (advancesTo != null) {
            body.put("advancesTo", advancesTo);
        }
        body.putAll(more);
        return given().auth().oauth2(Tokens.organizer()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/competitions/{c}/events", competition).then();
    }

    /** Registers a valid entrant; returns {entryId, personId}. */
    Map<String, String> register(String federation, String competition, String event, String name, String idNumber) {
        var created = given().auth().oauth2(Tokens.federation(federation)).contentType(ContentType.JSON)
                .body(People.entry(name, idNumber))
                .post("/api/v1/competitions/{c}/events/{e}/entries", competition, event)
                .then().statusCode(201).extract();
        return Map.of("entryId", created.path("entryId"), "personId", created.path("personId"));
    }
}
