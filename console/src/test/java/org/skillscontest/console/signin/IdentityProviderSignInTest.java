package org.skillscontest.console.signin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URI;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Production sign-in: the authorization-code flow against an OpenID Connect provider (a small one of
 * the test's own, {@link UnionIdentityProvider}), step by step as a browser follows the redirects.
 */
@QuarkusTest
@QuarkusTestResource(value = UnionIdentityProvider.class, restrictToAnnotatedClass = true)
class IdentityProviderSignInTest {

    @TestHTTPResource("/")
    URL console;

    @Test
    void theSignInPageOffersTheIdentityProviderAndNoDevelopmentSignIn() {
        String page = given().when().get("/sign-in").then().statusCode(200).extract().asString();
        assertThat(page).contains("/sign-in/oidc").doesNotContain("dev-sign-in");
        given().formParam("role", "organizer").when().post("/sign-in/dev").then().statusCode(404);
    }

    @Test
    void anOrganiserSignsInThroughTheProviderAndTheConsoleActsWithTheProvidersToken() {
        UnionIdentityProvider.nextPerson = Map.of("sub", "organiser-9", "groups", List.of("organizer"));
        Map<String, String> cookies = signInThroughProvider();
        given().cookies(cookies).when().get("/forbidden-check").then().statusCode(200);
    }

    @Test
    void aFederationClerkOfTheProviderIsNotAnOrganiser() {
        UnionIdentityProvider.nextPerson = Map.of("sub", "clerk-1", "groups", List.of("federation"), "federation", "KRMY");
        Map<String, String> cookies = signInThroughProvider();
        given().cookies(cookies).when().get("/forbidden-check").then().statusCode(403);
    }

    /** Follows the redirects a browser would: console → provider → console's redirect path → the page asked for. */
    private Map<String, String> signInThroughProvider() {
        Map<String, String> cookies = new HashMap<>();
        Response toProvider = given().redirects().follow(false).when().get("/sign-in/oidc");
        assertThat(toProvider.statusCode()).isEqualTo(302);
        cookies.putAll(toProvider.cookies());
        String authorize = toProvider.header("Location");
        assertThat(authorize).contains("/realms/union/authorize", "response_type=code", "client_id=" + UnionIdentityProvider.CLIENT_ID);

        Response back = given().redirects().follow(false).urlEncodingEnabled(false).when().get(authorize);
        assertThat(back.statusCode()).isEqualTo(302);
        String callback = back.header("Location");
        assertThat(callback).startsWith(console.toString().replaceAll("/$", "")).contains("code=");

        Response session = given().redirects().follow(false).urlEncodingEnabled(false).cookies(cookies)
                .when().get(URI.create(callback).toString());
        assertThat(session.statusCode()).as(session.asString()).isIn(302, 303);
        cookies.putAll(session.cookies());
        assertThat(cookies).containsKey("q_session");

        Response landed = given().redirects().follow(false).cookies(cookies).when().get("/sign-in/oidc");
        assertThat(landed.statusCode()).isEqualTo(303);
        assertThat(landed.header("Location")).endsWith("/");
        return cookies;
    }
}
