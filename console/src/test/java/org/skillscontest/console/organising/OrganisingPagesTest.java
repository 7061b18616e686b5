package org.skillscontest.console.organising;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.skillscontest.console.DevSignIns;
import org.skillscontest.console.signin.SignedIn;

/** The organising pages against fake services: refusals on the fields, figures as the services gave them. */
@QuarkusTest
@QuarkusTestResource(value = FakeServices.class, restrictToAnnotatedClass = true)
class OrganisingPagesTest {

    private static String organiser() {
        return DevSignIns.cookie("organizer", "organiser-1", null);
    }

    private static Response post(String cookie, String path, Map<String, String> form) {
        return given().redirects().follow(false).cookie(SignedIn.COOKIE, cookie).contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParams(form).when().post(path);
    }

    /** The last request the console sent to a fake service at {@code path}. */
    private static JsonNode lastSent(String service, String path) throws Exception {
        String url = ConfigProvider.getConfig().getValue("quarkus.rest-client." + service + ".url", String.class);
        String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "/__received")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        JsonNode last = null;
        for (JsonNode r : FakeServices.JSON.readTree(body)) {
            if (r.path("path").asText().equals(path)) {
                last = r.path("body");
            }
        }
        return last;
    }

    private static Map<String, String> competition(String regionCode) {
        return Map.of("code", "C9", "name", "克拉玛依市第十八届职业技能大赛", "level", "CITY", "regionCode", regionCode,
                "edition", "18", "year", "2026", "startsOn", "2026-06-01", "registrationClosesAt", "2026-05-20T18:00",
                "feeds", "P1", "publicityDays", "5");
    }

    @Test
    void aCompetitionRefusedForItsRegionCodeComesBackWithTheErrorOnThatInputAndEverythingTypedKept() {
        String html = post(organiser(), "/organising/competitions", competition("65020")).then().statusCode(400)
                .extract().asString();
        String region = HtmlPages.tag(html, "input", "regionCode");
        assertThat(region).contains("value=\"65020\"").contains("aria-invalid=\"true\"")
                .contains("aria-describedby=\"f-regionCode-error\"");
        assertThat(HtmlPages.errorOf(html, "regionCode")).isEqualTo("格式不正确 · must be a 6-digit administrative division code");
        assertThat(HtmlPages.tag(html, "input", "name")).contains("value=\"克拉玛依市第十八届职业技能大赛\"").doesNotContain("aria-invalid");
        assertThat(HtmlPages.tag(html, "input", "registrationClosesAt")).contains("value=\"2026-05-20T18:00\"");
        assertThat(html).contains("<option value=\"P1\" selected>");
        assertThat(html).contains("未保存 Not saved");
    }

    @Test
    void aCompetitionAcceptedIsSentWithNumbersAndChinasClosingTimeAndTheOverviewSaysSo() throws Exception {
        post(organiser(), "/organising/competitions", competition("650200")).then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/organising?created=competition&code=C9"));
        JsonNode sent = lastSent("registration", "/api/v1/competitions");
        assertThat(sent.path("registrationClosesAt").asText()).isEqualTo("2026-05-20T10:00:00Z");
        assertThat(sent.path("edition").isInt()).isTrue();
        assertThat(sent.path("feeds").asText()).isEqualTo("P1");
        assertThat(sent.path("level").asText()).isEqualTo("CITY");
    }

    @Test
    void anEventRefusedForAModulesMaximumMarksThatModulesRowEvenAfterABlankRow() throws Exception {
        Map<String, String> form = new java.util.LinkedHashMap<>(Map.of("code", "cook", "name", "中式烹调师",
                "occupation", "中式烹调师", "skillLevel", "3", "capacity", "100", "quota", "2", "advancesTo", "P1/welder",
                "scoring.theoryWeight", "30", "scoring.practicalWeight", "70", "scoring.tolerancePercent", "10"));
        form.putAll(Map.of("scoring.modules[0].code", "m1", "scoring.modules[0].name", "刀工", "scoring.modules[0].maxMark", "60",
                "scoring.modules[0].weight", "60", "scoring.modules[1].code", "", "scoring.modules[1].name", "",
                "scoring.modules[1].maxMark", "", "scoring.modules[1].weight", ""));
        form.putAll(Map.of("scoring.modules[2].code", "m2", "scoring.modules[2].name", "热菜", "scoring.modules[2].maxMark", "0",
                "scoring.modules[2].weight", "40", "awards.mode", "COUNT", "awards.gold", "1", "awards.silver", "2",
                "awards.bronze", "3", "awards.excellence", "4"));
        String html = post(organiser(), "/organising/competitions/C1/events", form).then().statusCode(400).extract().asString();
        // the service named the second module sent, scoring.modules[1]: the form's third row
        assertThat(HtmlPages.tag(html, "input", "scoring.modules[2].maxMark")).contains("aria-invalid=\"true\"").contains("value=\"0\"");
        assertThat(HtmlPages.errorOf(html, "scoring.modules[2].maxMark")).contains("must be greater than 0");
        assertThat(HtmlPages.tag(html, "input", "scoring.modules[0].maxMark")).doesNotContain("aria-invalid");
        assertThat(HtmlPages.tag(html, "input", "scoring.modules[2].name")).contains("value=\"热菜\"");
        assertThat(html).contains("<option value=\"P1/welder\" selected>");
        JsonNode sent = lastSent("registration", "/api/v1/competitions/C1/events");
        assertThat(sent.path("scoring").path("modules")).hasSize(2);
        assertThat(sent.path("advancesTo").path("competition").asText()).isEqualTo("P1");
        assertThat(sent.path("awards").path("excellence").asInt()).isEqualTo(4);

        form.put("scoring.modules[2].maxMark", "40");
        post(organiser(), "/organising/competitions/C1/events", form).then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/organising/events/C1/cook/panel?created=1"));
    }

    @Test
    void anotherModuleRowComesFromHtmxOrWithoutScriptFromTheFormItself() {
        String cookie = organiser();
        String row = given().cookie(SignedIn.COOKIE, cookie).when().get("/organising/module-row?row=2").then().statusCode(200)
                .extract().asString();
        assertThat(HtmlPages.tag(row, "input", "scoring.modules[2].maxMark")).isNotNull();
        assertThat(row).contains("hx-get=\"/organising/module-row?row=3\"");
        String html = post(cookie, "/organising/competitions/C1/events", Map.of("code", "x", "scoring.modules[0].code", "m1",
                "scoring.modules[1].code", "", "add-module", "1")).then().statusCode(200).extract().asString();
        assertThat(HtmlPages.tag(html, "input", "scoring.modules[2].code")).isNotNull();
        assertThat(HtmlPages.tag(html, "input", "scoring.modules[0].code")).contains("value=\"m1\"");
        assertThat(html).contains("hx-get=\"/organising/module-row?row=3\"");
    }

    @Test
    void aFederationWhoseCodeIsTakenIsToldSoOnTheCode() {
        String html = post(organiser(), "/organising/federations", Map.of("code", "TAKEN", "name", "某工会", "regionCode", "650200"))
                .then().statusCode(409).extract().asString();
        assertThat(HtmlPages.tag(html, "input", "code")).contains("aria-invalid=\"true\"").contains("value=\"TAKEN\"");
        assertThat(HtmlPages.errorOf(html, "code")).isEqualTo("代码已被使用 · is taken");
        post(organiser(), "/organising/federations", Map.of("code", "NEW1", "name", "某工会", "regionCode", "650200"))
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/organising?created=federation&code=NEW1"));
    }

    @Test
    void thePanelFormSaysWhenScoringHasNotHeardOfTheEventYetAndShowsItsRefusalOnTheModule() throws Exception {
        String cookie = organiser();
        String form = given().cookie(SignedIn.COOKIE, cookie).when().get("/organising/events/C1/welder/panel").then()
                .statusCode(200).extract().asString();
        // the judges scoring has now, one per line; maxima as written
        assertThat(form).contains(">j1\nj2</textarea>").contains("满分 60</small>").doesNotContain("60.0");
        assertThat(given().cookie(SignedIn.COOKIE, cookie).when().get("/organising/events/C1/welder/panel?saved=true&chief=chief-1")
                .then().statusCode(200).extract().asString()).contains("id=\"panel-saved\"").contains("value=\"chief-1\"");
        String waiting = post(cookie, "/organising/events/C1/welder/panel",
                Map.of("chiefJudge", "not-yet", "modules.m1", "j1, j2", "modules.m2", "j3")).then().statusCode(503)
                .header("Retry-After", "3").extract().asString();
        assertThat(waiting).contains("评分服务还没有收到这个赛项").contains(">j1, j2</textarea>");
        String refused = post(cookie, "/organising/events/C1/welder/panel",
                Map.of("chiefJudge", "chief-1", "modules.m1", "j1\nj1", "modules.m2", "j3")).then().statusCode(400).extract().asString();
        assertThat(HtmlPages.tag(refused, "textarea", "modules.m1")).contains("aria-invalid=\"true\"");
        assertThat(HtmlPages.errorOf(refused, "modules.m1")).startsWith("至少一名裁判");
        post(cookie, "/organising/events/C1/welder/panel", Map.of("chiefJudge", "chief-1", "modules.m1", "j1、j2", "modules.m2", "j3"))
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/organising/events/C1/welder/panel?saved=true&chief=chief-1"));
        JsonNode sent = lastSent("scoring", "/api/v1/events/C1/welder/panel");
        assertThat(sent.path("chiefJudge").asText()).isEqualTo("chief-1");
        assertThat(sent.path("modules").path("m1").toString()).isEqualTo("[\"j1\",\"j2\"]");
    }

    @Test
    void theOverviewListsCompetitionsEventsAndFederationsWithLinksByRole() {
        String organiser = given().cookie(SignedIn.COOKIE, organiser()).when().get("/organising").then().statusCode(200)
                .extract().asString();
        assertThat(organiser).contains("克拉玛依市第十七届职业技能大赛").contains("独山子区总工会")
                .contains("href=\"/organising/events/C1/welder/panel\"").contains("2026-05-20 18:00")
                .contains("href=\"/organising/competitions/C1/statistics\"");
        String auditor = given().cookie(SignedIn.COOKIE, DevSignIns.cookie("auditor", "auditor-1", null)).when().get("/organising")
                .then().statusCode(200).extract().asString();
        assertThat(auditor).contains("href=\"/organising/competitions/C1/progress\"")
                .doesNotContain("/panel\"").doesNotContain("/events/new").doesNotContain("/competitions/new");
    }

    @Test
    void anAuditorSeesEachEventsProgressAsTheServicesCountIt() {
        String html = given().cookie(SignedIn.COOKIE, DevSignIns.cookie("auditor", "auditor-1", null))
                .when().get("/organising/competitions/C1/progress").then().statusCode(200).extract().asString();
        assertThat(html).doesNotContain("<form class=\"form");
        assertThat(html).contains("<td class=\"figure\"><span data-figure=\"entries\">5</span></td>");
        assertThat(html).containsPattern("data-judge=\"j1\" data-module=\"m1\" class=\"done\">[\\s\\S]*?data-figure=\"judge-entered\">4<");
        assertThat(html).containsPattern("data-judge=\"j2\" data-module=\"m1\">[\\s\\S]*?data-figure=\"judge-entered\">2</span> / <span data-figure=\"judge-expected\">4<");
        assertThat(html).contains("data-figure=\"marks-entered\">6</span> / <span data-figure=\"marks-expected\">12</span> (50%)");
        assertThat(html).contains("data-figure=\"theory-entered\">1</span> / 4");
        assertThat(html).contains("未锁定 Open").contains("未排名 Not ranked");
    }

    @Test
    void statisticsDrawEachChartWithItsFiguresAlsoAsText() {
        String html = given().cookie(SignedIn.COOKIE, DevSignIns.cookie("auditor", "auditor-1", null))
                .when().get("/organising/competitions/C1/statistics").then().statusCode(200).extract().asString();
        assertThat(html).contains("<dd data-figure=\"entrants\">4</dd>").contains("<dd data-figure=\"federations\">2</dd>")
                .contains("<dd data-figure=\"events-ranked\">1 / 1</dd>");
        for (String chart : new String[] {"entrants-by-event", "entrants-by-federation", "awards", "promotions-by-event"}) {
            assertThat(html).contains("<figure class=\"chart\" id=\"" + chart + "\">");
        }
        // per federation: withdrawn entries left out, biggest first
        assertThat(html).containsPattern("id=\"entrants-by-federation\">[\\s\\S]*?<th scope=\"row\">克拉玛依市总工会</th><td class=\"figure\">3</td>"
                + "</tr><tr><th scope=\"row\">独山子区总工会</th><td class=\"figure\">1</td>");
        assertThat(html).containsPattern("id=\"awards\">[\\s\\S]*?<rect class=\"bar gold\"[\\s\\S]*?<th scope=\"row\">金奖 Gold</th><td class=\"figure\">1</td>");
        assertThat(html).contains("<text class=\"label\"").contains("选手4").contains("独山子区总工会");
    }
}
