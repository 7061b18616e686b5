package org.skillscontest.scoring.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillscontest.contracts.CutMode;
import org.skillscontest.contracts.CutRule;
import org.skillscontest.contracts.EntryRegistered;
import org.skillscontest.contracts.Level;
import org.skillscontest.contracts.Round;
import org.skillscontest.contracts.RoundRanked;
import org.skillscontest.testing.OpenedEvents;
import org.skillscontest.testing.ServiceInfrastructure;
import org.skillscontest.testing.Tokens;

/**
 * What a judge's console reads: the rounds whose panel names the judge ({@code /assignments}), and how far
 * a round's marking has come ({@code …/progress}), counted over the entrants who still compete. Judge ids
 * are this test's own, as other tests share the service.
 */
@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
class AssignmentsAndProgressTest {

    private final Contest contest = new Contest();
    private final String judge = "route-" + contest.competition;
    private final String otherJudge = "route2-" + contest.competition;
    private final String serviceJudge = "service-" + contest.competition;

    @Test
    void aJudgeSeesTheRoundsWhosePanelNamesThemAndWhatTheyMarkThere() {
        List<UUID> riders = contest.openEvent("rider", MarkedContest.ROUTE_AND_SERVICE, 3);
        contest.panel("rider", Map.of("route", List.of(judge, otherJudge), "service", List.of(serviceJudge)));
        contest.withdraw("rider", riders.get(2));
        List<UUID> couriers = contest.openEvent("courier", 2);
        contest.panel("courier", Map.of("route", List.of(serviceJudge)));
        for (UUID courier : couriers) {
            contest.mark(serviceJudge, "courier", courier, "route", 80);
            contest.theory("courier", courier, 70);
        }
        contest.lock("courier");
        // an event in rounds: the judge heads its preliminary, which has no practical modules
        openInRounds("cook", 2);
        setPanel("cook", "rounds/PRELIM/panel", judge, Map.of());

        assignments(Tokens.judge(judge), "").body("total", equalTo(2))
                .body("items.event", contains("cook", "rider"))
                .body("items.competition", contains(contest.competition, contest.competition))
                .body("items.round", contains("PRELIM", null))
                .body("items.chiefJudge", contains(true, false))
                .body("items.locked", contains(false, false))
                .body("items.entrants", contains(2, 2))
                .body("items[0].modules", empty())
                .body("items[1].modules", contains(Map.of("code", "route", "name", "路线规划", "maxMark", 100)));
        assignments(Tokens.judge(serviceJudge), "").body("items.event", contains("courier", "rider"))
                .body("items.locked", contains(true, false))
                .body("items.modules.code", contains(List.of("route"), List.of("service")))
                .body("items[1].modules[0].maxMark", equalTo(50));
        // the chief judge answers for every module
        assignments(Tokens.chiefJudge(contest.chiefOf("rider")), "").body("items.event", contains("rider"))
                .body("items[0].chiefJudge", equalTo(true)).body("items[0].modules.code", contains("route", "service"));
        assignments(Tokens.judge("nobody-" + contest.competition), "").body("total", equalTo(0)).body("items", empty());
        assignments(Tokens.judge(judge), "?page=1&size=1").body("total", equalTo(2)).body("page", equalTo(1))
                .body("size", equalTo(1)).body("items.event", contains("rider"));
    }

    @Test
    void progressCountsEachJudgesMarksAndTheTheoryScoresOfTheEntrantsWhoCompete() {
        List<UUID> entrants = contest.openEvent("rider", MarkedContest.ROUTE_AND_SERVICE, 4);
        UUID a = entrants.get(0);
        UUID b = entrants.get(1);
        UUID withdrawn = entrants.get(2);
        UUID disqualified = entrants.get(3);
        contest.panel("rider", Map.of("route", List.of(judge, otherJudge), "service", List.of(serviceJudge)));
        progress("rider", "").body("entrants", equalTo(4)).body("judges.entered", contains(0, 0, 0));

        contest.mark(judge, "rider", a, "route", 80);
        contest.mark(judge, "rider", a, "route", 82); // a re-mark counts once
        contest.mark(judge, "rider", b, "route", 75);
        contest.mark(judge, "rider", disqualified, "route", 60);
        contest.mark(otherJudge, "rider", withdrawn, "route", 60);
        contest.mark(otherJudge, "rider", a, "route", 79);
        contest.mark(serviceJudge, "rider", a, "service", 40);
        contest.theory("rider", a, 90);
        contest.theory("rider", withdrawn, 90);
        contest.disqualify("rider", disqualified, "冒名顶替 entered under another's name");
        contest.withdraw("rider", withdrawn);

        progress("rider", "").body("competition", equalTo(contest.competition)).body("event", equalTo("rider"))
                .body("round", nullValue()).body("entrants", equalTo(2)).body("locked", equalTo(false)).body("version", equalTo(0))
                .body("judges.judge", contains(judge, otherJudge, serviceJudge))
                .body("judges.module", contains("route", "route", "service"))
                .body("judges.expected", contains(2, 2, 2))
                .body("judges.entered", contains(2, 1, 1))
                .body("theoryEntered", equalTo(1)).body("theoryExpected", equalTo(2));

        // once everything is in, the lock; the progress says so
        contest.mark(otherJudge, "rider", b, "route", 76);
        contest.mark(serviceJudge, "rider", b, "service", 41);
        contest.theory("rider", b, 85);
        contest.lock("rider");
        given().auth().oauth2(Tokens.chiefJudge(contest.chiefOf("rider"))).get(contest.path("rider", "progress"))
                .then().statusCode(200).body("locked", equalTo(true)).body("version", equalTo(1))
                .body("judges.entered", contains(2, 2, 2)).body("theoryEntered", equalTo(2));
    }

    @Test
    void eachRoundHasItsOwnProgressALaterOneOverItsRoster() {
        List<UUID> entrants = openInRounds("cook", 3);
        setPanel("cook", "rounds/PRELIM/panel", contest.chiefOf("cook-prelim"), Map.of());
        given().auth().oauth2(Tokens.organizer()).contentType(ContentType.JSON)
                .body(Map.of("scores", List.of(Map.of("entryId", entrants.get(0), "score", 95), Map.of("entryId", entrants.get(1), "score", 90))))
                .post(contest.path("cook", "rounds/PRELIM/theory")).then().statusCode(200).body("accepted", equalTo(2));

        // a theory-only round: no judges, theory expected of everyone
        progress("cook", "rounds/PRELIM/").body("round", equalTo("PRELIM")).body("entrants", equalTo(3))
                .body("judges", empty()).body("theoryEntered", equalTo(2)).body("theoryExpected", equalTo(3));
        // the final has nobody before the cut; under the event's path and its own code alike
        progress("cook", "").body("round", nullValue()).body("entrants", equalTo(0));
        progress("cook", "rounds/FINAL/").body("round", nullValue()).body("entrants", equalTo(0));

        // ranking's cut sends two on; the final's judge marks one of them
        contest.send("cook", new RoundRanked(contest.competition, "cook", Level.CITY, "PRELIM", "FINAL", 1, 3, 2,
                BigDecimal.valueOf(90), List.of(new RoundRanked.Place(1, entrants.get(0), null, BigDecimal.valueOf(95), true),
                new RoundRanked.Place(2, entrants.get(1), null, BigDecimal.valueOf(90), true),
                new RoundRanked.Place(3, entrants.get(2), null, BigDecimal.ZERO, false))));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> progress("cook", "").body("entrants", equalTo(2)));
        contest.panel("cook", Map.of("route", List.of(judge)));
        contest.mark(judge, "cook", entrants.get(1), "route", 88);
        progress("cook", "").body("judges.judge", contains(judge)).body("judges.expected", contains(2))
                .body("judges.entered", contains(1)).body("theoryEntered", equalTo(0)).body("theoryExpected", equalTo(2));
        assignments(Tokens.judge(judge), "").body("items.round", contains((Object) null)).body("items.entrants", contains(2));

        given().auth().oauth2(Tokens.organizer()).get(contest.path("cook", "rounds/SEMI/progress")).then().statusCode(404)
                .contentType("application/problem+json");
    }

    private ValidatableResponse assignments(String token, String query) {
        return given().auth().oauth2(token).get("/api/v1/assignments" + query).then().statusCode(200);
    }

    private ValidatableResponse progress(String event, String round) {
        return given().auth().oauth2(Tokens.organizer()).get(contest.path(event, round + "progress")).then().statusCode(200);
    }

    /** An event of a theory-only preliminary (初赛) for everyone and a final (决赛); its entrants once scoring has them. */
    private List<UUID> openInRounds(String event, int count) {
        contest.send(event, OpenedEvents.city(contest.competition, event).rounds(List.of(
                new Round("PRELIM", "初赛", RoundsTest.THEORY_ONLY, new CutRule(CutMode.TOP_N, BigDecimal.valueOf(2), null)),
                new Round("FINAL", "决赛", Contest.ROUTE, null))).build());
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            EntryRegistered entrant = contest.entrant(event);
            contest.send(event, entrant);
            ids.add(entrant.entryId());
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> progress(event, "rounds/PRELIM/").body("entrants", equalTo(count)));
        return ids;
    }

    private void setPanel(String event, String path, String chiefJudge, Map<String, List<String>> modules) {
        given().auth().oauth2(Tokens.organizer()).contentType(ContentType.JSON)
                .body(Map.of("chiefJudge", chiefJudge, "modules", modules))
                .put(contest.path(event, path)).then().statusCode(200);
    }
}
