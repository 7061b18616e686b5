package org.skillscontest.testing.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.skillscontest.testing.ServiceState;

/**
 * Sends a hostile corpus to the service under test, each request as its bytes are (java.net.http, HTTP/1.1),
 * and checks each answer: a status the request expects (4xx), problem+json with {@code status} and
 * {@code title}, the field named; and that the service's rows are as they were ({@link ServiceState#rowCounts}
 * after every request). The topics are the caller's to compare, once the corpus is through.
 */
public final class CorpusRun {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** How long the state must stay unchanged to count as settled. */
    private static final Duration QUIET = Duration.ofSeconds(1);

    /** What the corpus did: requests tried, refused with a 4xx, after which rows had changed; each failure. */
    public record Report(String service, int tried, int refused, int changed, List<String> failures, Duration took) {

        /** The figures, as a line starting {@code hostile corpus:}. */
        public String line() {
            return "hostile corpus: " + service + " tried " + tried + ", refused with 4xx " + refused + ", changed anything "
                    + changed + (failures.isEmpty() ? "" : ", failures " + failures.size()) + " (" + took.toSeconds() + " s)";
        }
    }

    private CorpusRun() {
    }

    /**
     * Runs the corpus between two settled {@link ServiceState}s (the fixture's own events relayed and consumed
     * first): any table or topic that differs afterwards is a failure too. Prints {@link Report#line}.
     */
    public static Report runSettled(String service, URI base, List<HostileRequest> corpus) {
        ServiceState before = ServiceState.settled(QUIET);
        Report report = run(service, base, corpus);
        String diff = ServiceState.settled(QUIET).diff(before);
        if (!diff.isEmpty()) {
            List<String> failures = new ArrayList<>(report.failures());
            failures.add("the corpus changed the service's state:\n" + diff);
            report = new Report(service, report.tried(), report.refused(), Math.max(report.changed(), 1), failures, report.took());
        }
        System.out.println(report.line());
        return report;
    }

    /** Sends every request of {@code corpus} to the service at {@code base} (such as {@code http://localhost:8081}). */
    public static Report run(String service, URI base, List<HostileRequest> corpus) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        List<String> failures = new ArrayList<>();
        int refused = 0;
        int changed = 0;
        long started = System.nanoTime();
        try (ServiceState.RowCounter counter = ServiceState.rowCounter()) {
            Map<String, Long> rows = counter.counts();
            for (HostileRequest request : corpus) {
                HttpResponse<byte[]> answer = send(client, base, request);
                String failure = answer == null ? "no answer" : check(request, answer);
                if (answer != null && answer.statusCode() >= 400 && answer.statusCode() < 500) {
                    refused++;
                }
                Map<String, Long> now = counter.counts();
                if (!now.equals(rows)) {
                    changed++;
                    String diff = String.join(", ", ServiceState.diff("rows", rows, now));
                    failure = failure == null ? "changed " + diff : failure + "; changed " + diff;
                    rows = now;
                }
                if (failure != null) {
                    failures.add(request + " -> " + failure);
                }
            }
        }
        return new Report(service, corpus.size(), refused, changed, failures, Duration.ofNanos(System.nanoTime() - started));
    }

    /** The answer, or null when the connection failed without one. */
    private static HttpResponse<byte[]> send(HttpClient client, URI base, HostileRequest request) {
        try {
            return client.send(build(base, request), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest build(URI base, HostileRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + request.target()))
                .timeout(Duration.ofSeconds(60))
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach(builder::header);
        return builder.build();
    }

    /** Null when the answer is what the request expects, otherwise what is wrong with it. */
    static String check(HostileRequest request, HttpResponse<byte[]> answer) {
        Expect expect = request.expect();
        int status = answer.statusCode();
        String text = new String(answer.body(), StandardCharsets.UTF_8);
        String shown = text.length() > 300 ? text.substring(0, 300) + "…" : text;
        if (!expect.statuses().contains(status)) {
            return "expected " + expect + ", got " + status + " " + shown;
        }
        if (!expect.problem()) {
            return null;
        }
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            return "expected problem+json, got " + status + " " + type + " " + shown;
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(text);
        } catch (IOException e) {
            return "the problem is not JSON: " + shown;
        }
        if (problem.path("status").asInt() != status || !problem.path("title").isTextual()) {
            return "the problem lacks its status or title: " + shown;
        }
        if (status == 400 && !expect.fields().isEmpty()) {
            for (JsonNode error : problem.path("errors")) {
                if (expect.names(error.path("field").asText())) {
                    return null;
                }
            }
            return "expected " + expect + ", got " + shown;
        }
        return null;
    }
}
