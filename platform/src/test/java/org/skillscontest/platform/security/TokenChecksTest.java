package org.skillscontest.platform.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.skillscontest.testing.ServiceInfrastructure;
import org.skillscontest.testing.Tokens;

/**
 * What the platform's token settings accept: the issuer, the audience, a signature by the trusted key,
 * a lifetime of at most 12 hours and times within 30 s of this clock (README, "Tokens").
 */
@QuarkusTest
@WithTestResource(ServiceInfrastructure.class)
class TokenChecksTest {

    private static final Tokens.Bad BAD = Tokens.bad("organizer-1", Set.of("organizer"), null);

    record Presented(String name, String token, int status) {
        @Override
        public String toString() {
            return name + " -> " + status;
        }
    }

    static java.util.List<Presented> tokens() {
        return java.util.List.of(
                new Presented("valid", Tokens.organizer(), 200),
                new Presented("expired 10 s ago, within the skew", Tokens.expiredWithinSkew("organizer-1", Set.of("organizer"), null), 200),
                new Presented("expired 2 min ago", BAD.expiredBeyondSkew(), 401),
                new Presented("expired an hour ago", BAD.expired(), 401),
                new Presented("another audience", BAD.wrongAudience(), 401),
                new Presented("valid for a day", BAD.tooLongLived(), 401),
                new Presented("issued 10 min ahead", BAD.issuedInTheFuture(), 401),
                new Presented("another issuer", BAD.wrongIssuer(), 401),
                new Presented("another key", BAD.foreignKey(), 401),
                new Presented("claims pasted under another signature", BAD.tampered(), 401),
                new Presented("alg none", BAD.unsigned(), 401),
                new Presented("not a JWT", BAD.garbage(), 401));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tokens")
    void onlyATokenForUsWithinItsTimeIsAccepted(Presented presented) {
        var answer = given().auth().oauth2(presented.token()).get("/probe/organizer").then().statusCode(presented.status());
        if (presented.status() == 401) {
            answer.contentType("application/problem+json").body("status", equalTo(401));
        } else {
            answer.body(equalTo("organizer-1"));
        }
    }
}
