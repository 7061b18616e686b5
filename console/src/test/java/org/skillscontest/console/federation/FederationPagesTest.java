package org.skillscontest.console.federation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillscontest.console.DevSignIns;
import org.skillscontest.console.DevKey;
import org.skillscontest.console.documents.Sheet;
import org.skillscontest.console.documents.SheetReader;
import org.skillscontest.console.signin.SignedIn;

/** The federation pages' doors: only federation staff, and the template as a file with a Chinese name. */
@QuarkusTest
@QuarkusTestResource(value = DevKey.class, restrictToAnnotatedClass = true)
class FederationPagesTest {

    private static final List<String> PAGES = List.of("/federation", "/federation/entry-template.xlsx",
            "/federation/competitions/C1/events/welder/upload", "/federation/competitions/C1/events/welder/entrants",
            "/federation/competitions/C1/results");

    @Test
    void someoneNotSignedInIsSentToTheSignInPage() {
        for (String page : PAGES) {
            given().redirects().follow(false).when().get(page).then().statusCode(303)
                    .header("Location", containsString("/sign-in"));
        }
        given().redirects().follow(false).contentType(ContentType.URLENC).formParam("reason", "病假")
                .when().post("/federation/competitions/C1/events/welder/entrants/" + java.util.UUID.randomUUID() + "/withdrawal")
                .then().statusCode(303).header("Location", containsString("/sign-in"));
    }

    @Test
    void otherRolesAreRefused() {
        for (String role : List.of("judge", "chief-judge", "organizer", "auditor")) {
            String cookie = DevSignIns.cookie(role, role.contains("judge") ? "judge-1" : "", "");
            for (String page : PAGES) {
                given().cookie(SignedIn.COOKIE, cookie).redirects().follow(false).when().get(page).then()
                        .statusCode(403).body(containsString("工会 Federation"));
            }
            given().cookie(SignedIn.COOKIE, cookie).contentType(ContentType.URLENC).formParam("reason", "x")
                    .when().post("/federation/competitions/C1/events/welder/entrants/" + java.util.UUID.randomUUID() + "/withdrawal")
                    .then().statusCode(403);
        }
    }

    @Test
    void theTemplateDownloadsAsAnExcelFileWithItsChineseName() throws Exception {
        Response answer = given().cookie(SignedIn.COOKIE, DevSignIns.cookie("federation", "", "F-KMY"))
                .when().get("/federation/entry-template.xlsx").then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .extract().response();
        assertThat(answer.header("Content-Disposition")).isEqualTo(
                "attachment; filename=\"entry-template.xlsx\"; filename*=UTF-8''%E6%8A%A5%E5%90%8D%E8%A1%A8%E6%A8%A1%E6%9D%BF.xlsx");
        Sheet sheet = SheetReader.read("template.xlsx", answer.asByteArray(), EntrySheet.MAX_ROWS);
        assertThat(sheet.headers()).hasSize(EntrySheet.Column.values().length).first().isEqualTo("姓名 Name");
        assertThat(sheet.rows()).isEmpty();
    }

    @Test
    void theContentDispositionEncodesEveryByteOutsideRfc5987sAttrChars() {
        assertThat(FederationResource.contentDisposition("a.xlsx", "报名 表(1).xlsx"))
                .isEqualTo("attachment; filename=\"a.xlsx\"; filename*=UTF-8''%E6%8A%A5%E5%90%8D%20%E8%A1%A8%281%29.xlsx");
    }
}
