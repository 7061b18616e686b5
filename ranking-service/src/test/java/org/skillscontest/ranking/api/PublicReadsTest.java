package org.skillscontest.ranking.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillscontest.contracts.AdvancementPolicy;
import org.skillscontest.contracts.EntryRegistered;
import org.skillscontest.contracts.Level;
import org.skillscontest.contracts.Origin;
import org.skillscontest.contracts.PromoteWhen;
import org.skillscontest.contracts.ResultsPublished;
import org.skillscontest.contracts.Topic;
import org.skillscontest.ranking.service.Results;
import org.skillscontest.ranking.service.Statistics;
import org.skillscontest.testing.ServiceInfrastructure;
import org.skillscontest.testing.Tokens;

/**
 * Public reads cost little: the results page and the public statistics are computed once per revision
 * of their competition (or series), which every change they show moves on; an anonymous answer carries
 * the revision's ETag and may be cached for a short while, a matching If-None-Match gets 304, and
 * organisers' answers are kept by nobody. A public pathway shows only what the events' public rankings
 * show. The proof of "not computed again" is the services' own count of computations.
 */
@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
class PublicReadsTest {

    private static final String STATISTICS = "/api/v1/competitions/{c}/statistics";
    private static final String SERIES_STATISTICS = "/api/v1/series/{s}/statistics";
    private static final String PAGE = "/results/{c}";

    @Inject
    ObjectMapper json;

    @Inject
    Statistics statistics;

    @Inject
    Results results;

    @Test
    void theResultsPageIsComputedOncePerRevisionAndACorrectionShowsAtOnce() {
        Upstream up = new Upstream(json);
        up.openEvent("rider", 1, AdvancementPolicy.defaults());
        List<EntryRegistered> e = entrants(up, 3);
        up.publishResults("rider", 1, Upstream.results(e, 90, 80, 70));
        up.awaitRanking("rider", 1);

        long before = results.pageComputations();
        ExtractableResponse<Response> first = anonymous(PAGE, up.city, null, 200);
        assertThat(first.header("Cache-Control")).isEqualTo("public, max-age=30");
        assertThat(first.contentType()).startsWith("text/html");
        String tag = first.header("ETag");
        assertThat(tag).isNotBlank();
        ExtractableResponse<Response> second = anonymous(PAGE, up.city, null, 200);
        assertThat(second.asString()).isEqualTo(first.asString());
        assertThat(second.header("ETag")).isEqualTo(tag);
        assertThat(results.pageComputations()).as("the second read is served from what was kept").isEqualTo(before + 1);
        // a client that has the page revalidates it for nothing
        ExtractableResponse<Response> unchanged = anonymous(PAGE, up.city, tag, 304);
        assertThat(unchanged.asString()).isEmpty();
        assertThat(unchanged.header("ETag")).isEqualTo(tag);
        assertThat(results.pageComputations()).isEqualTo(before + 1);

        // a correction (version 2): the first becomes third; the next read shows it, under a new tag
        up.publishResults("rider", 2, Upstream.results(e, 60, 80, 70));
        up.awaitRanking("rider", 2);
        ExtractableResponse<Response> corrected = anonymous(PAGE, up.city, tag, 200);
        assertThat(corrected.header("ETag")).isNotEqualTo(tag);
        assertThat(corrected.asString()).isNotEqualTo(first.asString()).contains("60.00");
        assertThat(results.pageComputations()).isEqualTo(before + 2);
        anonymous(PAGE, up.city, corrected.header("ETag"), 304);
        // an unknown competition stays a 404 problem, whatever it is sent
        given().header("If-None-Match", tag).get(PAGE, "nowhere-" + up.city).then().statusCode(404)
                .contentType("application/problem+json");
        given().header("If-None-Match", "*").get(PAGE, "nowhere-" + up.city).then().statusCode(404);
    }

    @Test
    void publicFiguresAreKeptPerRevisionAWithdrawalMovesThemOnAndOrganisersGetThemFresh() {
        String series = "series-" + UUID.randomUUID().toString().substring(0, 6);
        Upstream up = new Upstream(json).inSeries(series, 17, 2027);
        up.openEvent("rider", 1, AdvancementPolicy.defaults());
        List<EntryRegistered> e = entrants(up, 3);
        // not published yet: 404 for the public, with no tag to keep
        given().get(STATISTICS, up.city).then().statusCode(404).header("ETag", nullValue());
        up.publishResults("rider", 1, Upstream.results(e, 90, 80, 70));
        up.awaitRanking("rider", 1);

        long before = statistics.publicComputations();
        ExtractableResponse<Response> first = anonymous(STATISTICS, up.city, null, 200);
        assertThat(first.header("Cache-Control")).isEqualTo("public, max-age=30");
        assertThat(first.header("Vary")).isEqualTo("Authorization");
        assertThat(first.jsonPath().getInt("totals.withdrawn")).isZero();
        String tag = first.header("ETag");
        ExtractableResponse<Response> series1 = anonymous(SERIES_STATISTICS, series, null, 200);
        String seriesTag = series1.header("ETag");
        assertThat(statistics.publicComputations()).isEqualTo(before + 2);
        assertThat(anonymous(STATISTICS, up.city, null, 200).asString()).isEqualTo(first.asString());
        assertThat(anonymous(SERIES_STATISTICS, series, null, 200).asString()).isEqualTo(series1.asString());
        anonymous(STATISTICS, up.city, tag, 304);
        anonymous(SERIES_STATISTICS, series, "W/" + seriesTag, 304);
        assertThat(statistics.publicComputations()).as("read again from what was kept").isEqualTo(before + 2);

        // organisers and auditors: computed afresh, never cached, no tag
        given().auth().oauth2(Tokens.organizer()).get(STATISTICS, up.city).then().statusCode(200)
                .header("Cache-Control", "private, no-store").header("ETag", nullValue());
        given().auth().oauth2(Tokens.auditor()).header("If-None-Match", tag).get(STATISTICS, up.city).then().statusCode(200)
                .header("Cache-Control", "private, no-store");
        assertThat(statistics.publicComputations()).isEqualTo(before + 2);

        // a withdrawal after the ranking: the figures count it at the next read, under new tags
        up.withdraw(e.get(2));
        up.awaitKnown(e, e.get(2));
        ExtractableResponse<Response> after = anonymous(STATISTICS, up.city, tag, 200);
        assertThat(after.header("ETag")).isNotEqualTo(tag);
        assertThat(after.jsonPath().getInt("totals.withdrawn")).isEqualTo(1);
        ExtractableResponse<Response> seriesAfter = anonymous(SERIES_STATISTICS, series, seriesTag, 200);
        assertThat(seriesAfter.jsonPath().getInt("totals.withdrawn")).isEqualTo(1);
        assertThat(statistics.publicComputations()).isEqualTo(before + 4);
    }

    @Test
    void anEventThatJoinsAnotherSeriesMovesThatSeriesOnFromThenOn() {
        String first = "series-" + UUID.randomUUID().toString().substring(0, 6);
        String second = "series-" + UUID.randomUUID().toString().substring(0, 6);
        Upstream up = new Upstream(json).inSeries(first, 5, 2027);
        up.openEvent("rider", 1, AdvancementPolicy.defaults());
        List<EntryRegistered> e = entrants(up, 3);
        up.publishResults("rider", 1, Upstream.results(e, 90, 80, 70));
        up.awaitRanking("rider", 1);
        anonymous(SERIES_STATISTICS, first, null, 200);

        // the event announced again in another series: what ranking knows of the competition's series moves with it
        up.inSeries(second, 5, 2027).openEvent("rider", 1, AdvancementPolicy.defaults());
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                given().get(SERIES_STATISTICS, second).then().statusCode(200));
        String secondTag = anonymous(SERIES_STATISTICS, second, null, 200).header("ETag");
        up.withdraw(e.get(2));
        up.awaitKnown(e, e.get(2));
        ExtractableResponse<Response> after = anonymous(SERIES_STATISTICS, second, secondTag, 200);
        assertThat(after.header("ETag")).isNotEqualTo(secondTag);
        assertThat(after.jsonPath().getInt("totals.withdrawn")).isEqualTo(1);
    }

    @Test
    void aPathwayShowsOnlyRankedEventsAsTheirPublicRankingsShowThem() {
        Upstream up = new Upstream(json).publicity(5, PromoteWhen.PROVISIONAL);
        up.openEvent("rider", 1, AdvancementPolicy.defaults());
        List<EntryRegistered> e = entrants(up, 3);
        EntryRegistered hero = e.get(0);
        // nothing ranked: the public sees nothing of the person
        given().get("/api/v1/people/{p}/pathway", hero.personId()).then().statusCode(404)
                .contentType("application/problem+json");
        up.publishResults("rider", 1, Upstream.results(e, 90, 80, 70));
        up.awaitRanking("rider", 1);
        given().get("/api/v1/people/{p}/pathway", hero.personId()).then().statusCode(200)
                .body("steps.size()", equalTo(1)).body("steps[0].level", equalTo("CITY")).body("steps[0].place", equalTo(1))
                .body("steps[0].resultsState", equalTo("PROVISIONAL")).body("steps[0].status", equalTo("COMPETING"))
                .body("name", equalTo(hero.name()));

        // the hero goes on to the province, whose event is not ranked yet: that row is not shown
        EntryRegistered provincial = new EntryRegistered(UUID.randomUUID(), hero.personId(), hero.maskedIdNumber(), hero.name(),
                hero.gender(), hero.federation(), hero.employer(), hero.currentSkillLevel(), up.province, "rider",
                Level.PROVINCIAL, Origin.PROMOTED, null);
        up.register(provincial);
        up.awaitKnown(List.of(provincial));
        given().get("/api/v1/people/{p}/pathway", hero.personId()).then().statusCode(200)
                .body("steps.size()", equalTo(1)).body("steps[0].level", equalTo("CITY"));
        // once ranked, it is
        up.publish(Topic.RESULTS_PUBLISHED, new ResultsPublished(up.province, "rider", 1, 1, 1,
                Upstream.results(List.of(provincial), 88)), Topic.eventKey(up.province, "rider"));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/people/{p}/pathway", hero.personId()).then().statusCode(200)
                        .body("steps.size()", equalTo(2)).body("steps[1].level", equalTo("PROVINCIAL"))
                        .body("steps[1].place", equalTo(1)).body("steps[1].resultsState", equalTo("FINAL")));

        // a withdrawal after the ranking shows once a ranked version says so, as on the public ranking
        EntryRegistered third = e.get(2);
        up.withdraw(third);
        up.awaitKnown(e, third);
        given().get("/api/v1/people/{p}/pathway", third.personId()).then().statusCode(200)
                .body("steps[0].place", equalTo(3)).body("steps[0].withdrawn", equalTo(false));
        up.publishResults("rider", 2, Upstream.results(e, 90, 80, 70));
        up.awaitRanking("rider", 2);
        given().get("/api/v1/people/{p}/pathway", third.personId()).then().statusCode(200)
                .body("steps[0].place", nullValue()).body("steps[0].withdrawn", equalTo(true))
                .body("steps[0].status", equalTo("WITHDRAWN"));
    }

    private static ExtractableResponse<Response> anonymous(String path, String code, String ifNoneMatch, int status) {
        var request = given();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        var answer = request.get(path, code).then().statusCode(status);
        if (status == 304) {
            answer.body(emptyString());
        }
        return answer.extract();
    }

    private static List<EntryRegistered> entrants(Upstream up, int count) {
        List<EntryRegistered> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(up.register("rider", "KRMY", String.format("91650200MA77PUB%03d", i)));
        }
        up.awaitKnown(list);
        return list;
    }
}
