package org.skillscontest.console.exports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillscontest.console.DevSignIns;
import org.skillscontest.console.DevKey;
import org.skillscontest.console.signin.SignedIn;

/** Who may use the exports: refused before any service is asked (the services are not there in these tests). */
@QuarkusTest
@QuarkusTestResource(value = DevKey.class, restrictToAnnotatedClass = true)
class ExportsAccessTest {

    static final List<String> RESULTS = List.of("/exports", "/exports/C1/welder", "/exports/C1/welder/links",
            "/exports/C1/welder/results.xlsx", "/exports/C1/welder/results.pdf", "/exports/C1/results.xlsx",
            "/exports/C1/promotions.xlsx");
    static final List<String> CERTIFICATES = List.of("/exports/C1/welder/certificates.pdf",
            "/exports/C1/welder/certificates/00000000-0000-0000-0000-000000000001.pdf");

    @Test
    void someoneNotSignedInIsSentToSignIn() {
        for (String path : concat(RESULTS, CERTIFICATES)) {
            given().redirects().follow(false).when().get(path).then().statusCode(303)
                    .header("Location", containsString("/sign-in"));
        }
    }

    @Test
    void federationStaffAndJudgesMayNotUseTheExports() {
        String federation = DevSignIns.cookie("federation", null, "KMY-F1");
        String judge = DevSignIns.cookie("judge", "judge-7", null);
        for (String path : concat(RESULTS, CERTIFICATES)) {
            given().cookie(SignedIn.COOKIE, federation).when().get(path).then().statusCode(403);
            given().cookie(SignedIn.COOKIE, judge).when().get(path).then().statusCode(403);
        }
    }

    @Test
    void certificatesAreTheOrganisersOnly() {
        for (String role : List.of("chief-judge", "auditor")) {
            String cookie = DevSignIns.cookie(role, role + "-1", null);
            for (String path : CERTIFICATES) {
                given().cookie(SignedIn.COOKIE, cookie).when().get(path).then().statusCode(403).body(containsString("组委会"));
            }
        }
    }

    @Test
    void theRolesThatMayGetPastTheDoor() {
        // no services behind these tests: getting as far as asking them (an error, not 303 or 403) means the role was let in
        for (String role : List.of("organizer", "auditor", "chief-judge")) {
            String cookie = DevSignIns.cookie(role, role + "-1", null);
            given().cookie(SignedIn.COOKIE, cookie).when().get("/exports").then().statusCode(not(anyOf(is(303), is(403))));
        }
        given().cookie(SignedIn.COOKIE, DevSignIns.cookie("organizer", "organiser-1", null))
                .when().get("/exports/C1/welder/certificates.pdf").then().statusCode(not(anyOf(is(303), is(403))));
    }

    static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
