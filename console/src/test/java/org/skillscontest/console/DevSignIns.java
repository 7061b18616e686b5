package org.skillscontest.console;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.skillscontest.console.signin.SignedIn;

/** Signing in through the development sign-in form ({@link DevKey} turns it on), as the page tests do. */
public final class DevSignIns {

    private DevSignIns() {
    }

    /** The session cookie of someone signed in with {@code role}; a null or blank subject or federation is not sent. */
    public static String cookie(String role, String subject, String federation) {
        RequestSpecification form = given().redirects().follow(false).contentType(ContentType.URLENC).formParam("role", role);
        if (subject != null && !subject.isBlank()) {
            form.formParam("subject", subject);
        }
        if (federation != null && !federation.isBlank()) {
            form.formParam("federation", federation);
        }
        return form.when().post("/sign-in/dev").then().statusCode(303).extract().cookie(SignedIn.COOKIE);
    }
}
