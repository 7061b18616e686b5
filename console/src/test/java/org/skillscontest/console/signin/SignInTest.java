package org.skillscontest.console.signin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.skillscontest.console.DevKey;

@QuarkusTest
@QuarkusTestResource(value = DevKey.class, restrictToAnnotatedClass = true)
class SignInTest {

    @Test
    void aPageSendsSomeoneNotSignedInToTheSignInPage() {
        given().redirects().follow(false).when().get("/").then().statusCode(303).header("Location", containsString("/sign-in"));
        given().header("HX-Request", "true").when().get("/").then().statusCode(200).header("HX-Redirect", "/sign-in");
    }

    @Test
    void theSignInPageOffersTheDevelopmentSignInWithEveryRole() {
        given().when().get("/sign-in").then().statusCode(200)
                .body(containsString("id=\"dev-sign-in\""))
                .body(containsString("value=\"chief-judge\""))
                .body(containsString("value=\"organizer\""))
                .body(not(containsString("/sign-in/oidc\"")));
    }

    @Test
    void aFederationMustNameItsFederationAndAJudgeItsId() {
        given().contentType(ContentType.URLENC).formParam("role", "federation").formParam("federation", " ")
                .when().post("/sign-in/dev").then().statusCode(400)
                .body(containsString("data-field=\"federation\""));
        given().contentType(ContentType.URLENC).formParam("role", "judge")
                .when().post("/sign-in/dev").then().statusCode(400)
                .body(containsString("data-field=\"subject\""));
        given().contentType(ContentType.URLENC).formParam("role", "emperor")
                .when().post("/sign-in/dev").then().statusCode(400)
                .body(containsString("data-field=\"role\""));
    }

    @Test
    void signingInSetsAStrictHttpOnlyCookieThatTheConsoleReadsBack() {
        String cookie = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("role", "judge").formParam("subject", "judge-7")
                .when().post("/sign-in/dev").then().statusCode(303)
                .header("Set-Cookie", containsString("HttpOnly"))
                .header("Set-Cookie", containsString("SameSite=Strict"))
                .extract().cookie(SignedIn.COOKIE);
        org.hamcrest.MatcherAssert.assertThat(cookie, not(emptyOrNullString()));
        // a judge on an organiser's page: 403 saying whose page it is, not a form that can only fail
        given().cookie(SignedIn.COOKIE, cookie).when().get("/forbidden-check").then().statusCode(403)
                .body(containsString("组委会"));
    }

    @Test
    void aServiceThatDoesNotAnswerGivesA503PageNotAStackTrace() {
        String cookie = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("role", "organizer").when().post("/sign-in/dev").then().statusCode(303)
                .extract().cookie(SignedIn.COOKIE);
        // the start page lists registration's competitions; registration is unreachable in these tests
        given().cookie(SignedIn.COOKIE, cookie).when().get("/").then().statusCode(503)
                .header("Retry-After", "5").body(containsString("服务暂不可用"));
    }

    @Test
    void aForgedCookieSignsNobodyIn() {
        given().redirects().follow(false).cookie(SignedIn.COOKIE, "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.")
                .when().get("/").then().statusCode(303);
    }

    @Test
    void signingOutClearsTheCookie() {
        given().redirects().follow(false).when().post("/sign-out").then().statusCode(303)
                .header("Location", containsString("/sign-in"))
                .header("Set-Cookie", containsString(SignedIn.COOKIE + "=;"));
    }

    @Test
    void htmxIsServedFromItsWebjar() {
        given().when().get(org.skillscontest.console.web.Assets.htmx).then().statusCode(200);
        given().when().get("/console.css").then().statusCode(200).body(containsString("44px"));
    }
}
