package org.skillscontest.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A service's body limit for one endpoint family, checked over HTTP: a body of exactly the limit is
 * read (whatever the endpoint then makes of it), one byte more is refused with 413 problem+json naming
 * the body. The bodies are JSON padded with spaces, so that what is at fault is their size alone.
 */
public final class BodyLimitCheck {

    private BodyLimitCheck() {
    }

    public static void check(String method, String path, long limit, String token) {
        Response atLimit = send(method, path, padded("{}", (int) limit), token);
        assertThat(atLimit.statusCode()).as("%s %s with a body of %d bytes", method, path, limit).isNotEqualTo(413);
        send(method, path, padded("{}", (int) limit + 1), token).then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("errors.field", hasItem("body"));
    }

    private static Response send(String method, String path, byte[] body, String token) {
        var request = given().contentType("application/json").body(body);
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.request(method, path);
    }

    /** {@code json} followed by spaces up to {@code size} bytes: still the same JSON. */
    private static byte[] padded(String json, int size) {
        byte[] start = json.getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) ' ');
        System.arraycopy(start, 0, body, 0, start.length);
        return body;
    }
}
