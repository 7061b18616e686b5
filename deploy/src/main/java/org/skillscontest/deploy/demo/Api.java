package org.skillscontest.deploy.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.skillscontest.deploy.stack.Pause;

/** A plain HTTP client of the services' REST APIs, as a federation's or organiser's system would use them. */
public final class Api {

    public static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** An answer: status and JSON body (null when empty). */
    public record Answer(int status, JsonNode body) {
    }

    public Answer send(String method, String url, String token, Object body) {
        return send(method, url, token, body, java.util.Map.of());
    }

    public Answer send(String method, String url, String token, Object body, java.util.Map<String, String> headers) {
        try {
            return sendJson(method, url, token, body == null ? null : JSON.writeValueAsString(body), headers);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + url + ": " + e.getMessage(), e);
        }
    }

    /** Sends a body that is JSON already. */
    public Answer sendJson(String method, String url, String token, String body, java.util.Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                    .header("Accept", "application/json");
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            headers.forEach(request::header);
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            return new Answer(response.statusCode(), text == null || text.isBlank() ? null : JSON.readTree(text));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + url + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends and insists on the expected status, showing the problem details otherwise. */
    public JsonNode expect(int status, String method, String url, String token, Object body) {
        Answer answer = send(method, url, token, body);
        if (answer.status() != status) {
            throw new IllegalStateException(method + " " + url + " answered " + answer.status() + " (expected " + status + "): "
                    + answer.body());
        }
        return answer.body();
    }

    public JsonNode get(String url, String token) {
        return expect(200, "GET", url, token, null);
    }

    /**
     * Asks until the condition holds, every {@code interval}, for at most {@code timeout}. A service that
     * does not answer yet (restarting after a crash, say) counts as "not yet".
     */
    public static void await(String what, Duration timeout, Duration interval, java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                // ask again
            }
            Pause.millis(interval.toMillis());
        }
        throw new IllegalStateException("timed out after " + timeout + " waiting for: " + what);
    }
}
