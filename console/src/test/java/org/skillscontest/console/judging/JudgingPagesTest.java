package org.skillscontest.console.judging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillscontest.console.DevSignIns;
import org.skillscontest.console.DevKey;
import org.skillscontest.console.signin.SignedIn;

/** The judging pages answer only judges and chief judges: nobody else gets a form that can only fail. */
@QuarkusTest
@QuarkusTestResource(value = DevKey.class, restrictToAnnotatedClass = true)
class JudgingPagesTest {

    private static final String EVENT = "/judging/C1/welder";
    private static final List<String> JUDGE_PAGES = List.of(EVENT + "/modules/m1");
    private static final List<String> CHIEF_PAGES = List.of(EVENT + "/results", EVENT + "/results/audit");
    private static final List<String> CHIEF_FORMS = List.of(EVENT + "/results/lock", EVENT + "/results/flags",
            EVENT + "/results/corrections", EVENT + "/results/disqualifications");

    @Test
    void someoneNotSignedInIsSentToSignIn() {
        for (String page : List.of("/judging", EVENT + "/modules/m1", EVENT + "/results", EVENT + "/results/audit")) {
            given().redirects().follow(false).when().get(page).then().statusCode(303).header("Location", containsString("/sign-in"));
        }
        for (String form : List.of(EVENT + "/modules/m1/marks", EVENT + "/results/lock")) {
            given().redirects().follow(false).contentType(ContentType.URLENC).formParam("station", "1").formParam("mark", "50")
                    .when().post(form).then().statusCode(303).header("Location", containsString("/sign-in"));
        }
        // htmx follows HX-Redirect instead of swapping the sign-in page into the marking table
        given().header("HX-Request", "true").contentType(ContentType.URLENC).formParam("station", "1").formParam("mark", "50")
                .when().post(EVENT + "/modules/m1/marks").then().statusCode(200).header("HX-Redirect", "/sign-in");
    }

    @Test
    void federationsAndOrganisersHaveNoJudgingPages() {
        for (RequestSpecification who : List.of(as("federation", "staff@F1", "F1"), as("organizer", "organiser-1", null),
                as("auditor", "auditor-1", null))) {
            who.when().get("/judging").then().statusCode(403).body(containsString("裁判"));
            for (String page : concat(JUDGE_PAGES, CHIEF_PAGES)) {
                who.when().get(page).then().statusCode(403);
            }
        }
    }

    @Test
    void aJudgeHasNoChiefJudgesPagesOrForms() {
        RequestSpecification judge = as("judge", "welder-j1", null);
        for (String page : CHIEF_PAGES) {
            judge.when().get(page).then().statusCode(403).body(containsString("裁判长"));
        }
        for (String form : CHIEF_FORMS) {
            as("judge", "welder-j1", null).contentType(ContentType.URLENC).formParam("entryId", "x").formParam("checked", "yes")
                    .when().post(form).then().statusCode(403);
        }
    }

    @Test
    void aChiefJudgeDoesNotMarkAsAJudge() {
        as("chief-judge", "welder-chief", null).when().get(EVENT + "/modules/m1").then().statusCode(403);
        as("chief-judge", "welder-chief", null).contentType(ContentType.URLENC).formParam("station", "1").formParam("mark", "50")
                .when().post(EVENT + "/modules/m1/marks").then().statusCode(403);
        as("organizer", "organiser-1", null).contentType(ContentType.URLENC).formParam("station", "1").formParam("mark", "50")
                .when().post(EVENT + "/modules/m1/marks").then().statusCode(403);
    }

    @Test
    void theMarkingScriptIsServed() {
        given().when().get("/judging/marking.js").then().statusCode(200).body(containsString("setCustomValidity"));
    }

    private static RequestSpecification as(String role, String subject, String federation) {
        String cookie = DevSignIns.cookie(role, subject, federation);
        return given().redirects().follow(false).cookie(SignedIn.COOKIE, cookie);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
