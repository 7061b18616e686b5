package org.skillscontest.console.organising;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.skillscontest.console.signin.SignedIn;

/** Signing in through the development sign-in and reading the console's pages in the organising tests. */
final class HtmlPages {

    private HtmlPages() {
    }

    /** The session cookie of someone signed in with {@code role}. */
    static String signIn(String role, String subject, String federation) {
        var request = given().redirects().follow(false).contentType(ContentType.URLENC).formParam("role", role);
        if (subject != null) {
            request.formParam("subject", subject);
        }
        if (federation != null) {
            request.formParam("federation", federation);
        }
        return request.when().post("/sign-in/dev").then().statusCode(303).extract().cookie(SignedIn.COOKIE);
    }

    /** The start tag of the {@code element} named {@code name}, e.g. {@code <input … name="regionCode" …>}; null if none. */
    static String tag(String html, String element, String name) {
        Matcher m = Pattern.compile("<" + element + "\\b[^>]*\\bname=\"" + Pattern.quote(name) + "\"[^>]*>").matcher(html);
        return m.find() ? m.group() : null;
    }

    /** The text of the error paragraph shown for input {@code name}; null if none. */
    static String errorOf(String html, String name) {
        Matcher m = Pattern.compile("<p class=\"error\" id=\"[^\"]+\" data-field=\"" + Pattern.quote(name) + "\">([^<]*)</p>").matcher(html);
        return m.find() ? m.group(1) : null;
    }
}
