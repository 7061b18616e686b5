package org.skillscontest.console.organising;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillscontest.console.DevSignIns;
import org.skillscontest.console.DevKey;
import org.skillscontest.console.signin.SignedIn;

/** Who may open the organising pages (services unreachable here: the pages say so and still show what they can). */
@QuarkusTest
@QuarkusTestResource(value = DevKey.class, restrictToAnnotatedClass = true)
class OrganisingAccessTest {

    static final List<String> READ_ONLY = List.of("/organising", "/organising/competitions/C1/progress",
            "/organising/competitions/C1/statistics");
    static final List<String> FORMS = List.of("/organising/federations/new", "/organising/competitions/new",
            "/organising/competitions/C1/events/new", "/organising/events/C1/welder/panel", "/organising/module-row?row=2");
    static final List<String> POSTS = List.of("/organising/federations", "/organising/competitions",
            "/organising/competitions/C1/events", "/organising/events/C1/welder/panel");

    @Test
    void someoneNotSignedInIsSentToSignIn() {
        for (String path : concat(READ_ONLY, FORMS)) {
            given().redirects().follow(false).when().get(path).then().statusCode(303)
                    .header("Location", containsString("/sign-in"));
        }
        for (String path : POSTS) {
            given().redirects().follow(false).contentType(ContentType.URLENC).formParam("code", "X")
                    .when().post(path).then().statusCode(303).header("Location", containsString("/sign-in"));
        }
    }

    @Test
    void federationStaffJudgesAndChiefJudgesAreRefusedEveryOrganisingPage() {
        for (String cookie : List.of(DevSignIns.cookie("federation", null, "KLMY"), DevSignIns.cookie("judge", "judge-1", null),
                DevSignIns.cookie("chief-judge", "chief-1", null))) {
            for (String path : concat(READ_ONLY, FORMS)) {
                given().cookie(SignedIn.COOKIE, cookie).when().get(path).then().statusCode(403)
                        .body(containsString("组委会"));
            }
            for (String path : POSTS) {
                given().cookie(SignedIn.COOKIE, cookie).contentType(ContentType.URLENC).formParam("code", "X")
                        .when().post(path).then().statusCode(403);
            }
        }
    }

    @Test
    void anAuditorReadsTheOverviewAndProgressButGetsNoForm() {
        String auditor = DevSignIns.cookie("auditor", "auditor-1", null);
        given().cookie(SignedIn.COOKIE, auditor).when().get("/organising").then().statusCode(200)
                .body(containsString("竞赛与赛项"))
                .body(not(containsString("/organising/competitions/new")))
                .body(not(containsString("/organising/federations/new")));
        given().cookie(SignedIn.COOKIE, auditor).when().get("/organising/competitions/C1/progress").then().statusCode(200)
                .body(containsString("进度 Progress"))
                .body(containsString("报名服务")) // registration cannot be reached in this test: the page says so
                .body(not(containsString("<form class=\"form")));
        for (String path : FORMS) {
            given().cookie(SignedIn.COOKIE, auditor).when().get(path).then().statusCode(403);
        }
        for (String path : POSTS) {
            given().cookie(SignedIn.COOKIE, auditor).contentType(ContentType.URLENC).formParam("code", "X")
                    .when().post(path).then().statusCode(403);
        }
    }

    @Test
    void anOrganiserIsLetIn() {
        String organiser = DevSignIns.cookie("organizer", "organiser-1", null);
        given().cookie(SignedIn.COOKIE, organiser).when().get("/organising").then().statusCode(200)
                .body(containsString("/organising/competitions/new"));
        given().cookie(SignedIn.COOKIE, organiser).when().get("/organising/federations/new").then().statusCode(200)
                .body(containsString("id=\"federation-form\""));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
