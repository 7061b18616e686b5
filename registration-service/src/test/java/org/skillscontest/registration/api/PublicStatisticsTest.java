package org.skillscontest.registration.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillscontest.registration.service.Statistics;
import org.skillscontest.testing.ServiceInfrastructure;
import org.skillscontest.testing.Tokens;
import org.skillscontest.testing.Topics;

/**
 * Public statistics cost little: computed once per revision of their competition (or series), which
 * every change they count moves on (here a withdrawal, and a promotion into the next level, which
 * changes the level below's figures); an anonymous answer carries the revision's ETag and may be cached
 * for a short while, a matching If-None-Match gets 304; organisers' answers are kept by nobody. The
 * proof of "not computed again" is the service's own count of computations.
 */
@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
class PublicStatisticsTest {

    private static final String STATISTICS = "/api/v1/competitions/{c}/statistics";
    private static final String SERIES_STATISTICS = "/api/v1/series/{s}/statistics";

    private final Organiser organiser = new Organiser();

    @Inject
    Statistics statistics;

    @Test
    void publicFiguresAreKeptPerRevisionAndEveryChangeTheyCountMovesThemOn() {
        String krmy = organiser.federation("krmy", "650203");
        String series = "krmy-skills-" + organiser.run;
        String province = organiser.competition("xj", "PROVINCIAL", "650000", null);
        organiser.event(province, "rider", null).statusCode(201);
        String city = organiser.competition("krmy", "CITY", "650200", province, Map.of("series", series)).code();
        organiser.event(city, "rider", Map.of("competition", province, "event", "rider")).statusCode(201);
        Map<String, String> first = organiser.register(krmy, city, "rider", "甲",
                People.idNumber("650203", LocalDate.of(1986, 7, 11), 41));
        Map<String, String> second = organiser.register(krmy, city, "rider", "乙",
                People.idNumber("650203", LocalDate.of(1986, 7, 12), 43));
        // not published yet: 404 for the public, with no tag to keep
        given().get(STATISTICS, city).then().statusCode(404).header("ETag", nullValue());
        Topics.send("ranking.event-ranked.v1", city + "/rider", UUID.randomUUID().toString(),
                "{\"competition\":\"%s\",\"event\":\"rider\",\"level\":\"CITY\",\"version\":1,\"places\":[]}".formatted(city));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(STATISTICS, city).then().statusCode(200));

        ExtractableResponse<Response> figures = anonymous(STATISTICS, city, null, 200);
        assertThat(figures.header("Cache-Control")).isEqualTo("public, max-age=30");
        assertThat(figures.header("Vary")).isEqualTo("Authorization");
        assertThat(figures.jsonPath().getInt("totals.entrants")).isEqualTo(2);
        String tag = figures.header("ETag");
        ExtractableResponse<Response> seriesFigures = anonymous(SERIES_STATISTICS, series, null, 200);
        String seriesTag = seriesFigures.header("ETag");
        long before = statistics.publicComputations();
        assertThat(anonymous(STATISTICS, city, null, 200).asString()).isEqualTo(figures.asString());
        assertThat(anonymous(SERIES_STATISTICS, series, null, 200).asString()).isEqualTo(seriesFigures.asString());
        anonymous(STATISTICS, city, tag, 304);
        anonymous(SERIES_STATISTICS, series, seriesTag, 304);
        assertThat(statistics.publicComputations()).as("the later reads are served from what was kept").isEqualTo(before);

        // organisers and auditors: computed afresh, kept by nobody
        given().auth().oauth2(Tokens.organizer()).get(STATISTICS, city).then().statusCode(200)
                .header("Cache-Control", "private, no-store").header("ETag", nullValue());
        given().auth().oauth2(Tokens.auditor()).header("If-None-Match", seriesTag).get(SERIES_STATISTICS, series).then()
                .statusCode(200).header("Cache-Control", "private, no-store");
        assertThat(statistics.publicComputations()).isEqualTo(before);

        // a withdrawal after the results: counted at the next read, under new tags
        given().auth().oauth2(Tokens.federation(krmy)).contentType(ContentType.JSON).body(Map.of("reason", "退赛"))
                .post("/api/v1/entries/{id}/withdrawal", second.get("entryId")).then().statusCode(200);
        ExtractableResponse<Response> afterWithdrawal = anonymous(STATISTICS, city, tag, 200);
        assertThat(afterWithdrawal.header("ETag")).isNotEqualTo(tag);
        assertThat(afterWithdrawal.jsonPath().getInt("totals.withdrawn")).isEqualTo(1);
        assertThat(anonymous(SERIES_STATISTICS, series, seriesTag, 200).jsonPath().getInt("totals.withdrawn")).isEqualTo(1);
        assertThat(statistics.publicComputations()).isEqualTo(before + 2);

        // a promotion registers the first entrant one level up: the city's figures count one promoted out
        Topics.send("ranking.entrant-promoted.v1", first.get("personId"), UUID.randomUUID().toString(), """
                {"promotionId":"%s","personId":"%s","maskedIdNumber":null,"name":"甲","federation":"%s",
                 "from":{"competition":"%s","event":"rider","level":"CITY","entryId":"%s","place":1,"total":90,"award":"GOLD"},
                 "to":{"competition":"%s","event":"rider","level":"PROVINCIAL"}}"""
                .formatted(UUID.randomUUID(), first.get("personId"), krmy, city, first.get("entryId"), province));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(STATISTICS, city).then().statusCode(200)
                .body("totals.promotedOut", equalTo(1)));
        assertThat(statistics.publicComputations()).isEqualTo(before + 3);
    }

    private static ExtractableResponse<Response> anonymous(String path, String code, String ifNoneMatch, int status) {
        var request = given();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        var answer = request.get(path, code).then().statusCode(status);
        if (status == 304) {
            answer.body(emptyString()).header("ETag", ifNoneMatch);
        }
        return answer.extract();
    }
}
