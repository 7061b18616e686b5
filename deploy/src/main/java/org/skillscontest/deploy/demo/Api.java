package org.skillscontest.deploy.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    /** The largest page of most lists. */
    public static final int PAGE = 500;
    /** The largest page of a list as long as an event's whole field: entries, results, rankings, the audit trail. */
    public static final int LONG_PAGE = 1000;

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
     * A list's whole content out of its pages (docs/contract.md, Lists): the answer of page 0 with
     * {@code field} holding the items of every page, read at {@code size} items a page until {@code total}.
     * A list whose {@code version} moves on while it is read (a ranking) is read again from the start; an
     * answer other than 200 to page 0 comes back as it is.
     */
    public Answer sendWhole(String url, String token, String field, int size) {
        String paged = url + (url.contains("?") ? "&" : "?") + "size=" + size + "&page=";
        for (int attempt = 1; ; attempt++) {
            Answer first = send("GET", paged + 0, token, null);
            if (first.status() != 200) {
                return first;
            }
            ArrayNode all = JSON.createArrayNode();
            JsonNode answer = first.body();
            boolean changed = false;
            for (int page = 0; ; ) {
                answer.path(field).forEach(all::add);
                if (answer.path(field).isEmpty() || (long) (page + 1) * size >= answer.path("total").asLong()) {
                    break;
                }
                answer = get(paged + ++page, token);
                if (!answer.path("version").equals(first.body().path("version"))) {
                    changed = true;
                    break;
                }
            }
            if (!changed) {
                ObjectNode whole = first.body().deepCopy();
                whole.set(field, all);
                return new Answer(200, whole);
            }
            if (attempt == 3) {
                throw new IllegalStateException(url + " changed version on each of 3 reads");
            }
        }
    }

    /** {@link #sendWhole}, insisting on 200. */
    public JsonNode whole(String url, String token, String field, int size) {
        Answer answer = sendWhole(url, token, field, size);
        if (answer.status() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + answer.status() + " (expected 200): " + answer.body());
        }
        return answer.body();
    }

    /** Every item of a list answered in pages of {@code items}. */
    public JsonNode all(String url, String token, int size) {
        return whole(url, token, "items", size).get("items");
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
