package org.skillscontest.platform.signals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

/** One scrape of {@code /q/metrics} in Prometheus' text format, read as series (name, labels, value). */
public record Scrape(List<Series> series) {

    public record Series(String name, String labels, double value) {

        boolean has(Map<String, String> wanted) {
            return wanted.entrySet().stream().allMatch(e -> labels.contains(e.getKey() + "=\"" + e.getValue() + "\""));
        }
    }

    public static Scrape of(URI metrics) {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(metrics).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(metrics + " answered " + answer.statusCode());
            }
            return parse(answer.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Scrape parse(String text) {
        List<Series> series = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int exemplar = line.indexOf(" # ");
            if (exemplar > 0) {
                line = line.substring(0, exemplar); // an exemplar: the trace that last moved the counter
            }
            int brace = line.indexOf('{');
            int space = line.lastIndexOf(' ');
            String name = brace > 0 && brace < space ? line.substring(0, brace) : line.substring(0, line.indexOf(' '));
            String labels = brace > 0 && brace < space ? line.substring(brace, line.lastIndexOf('}') + 1) : "";
            series.add(new Series(name, labels, Double.parseDouble(line.substring(space + 1))));
        }
        return new Scrape(series);
    }

    public Set<String> names() {
        return series.stream().map(Series::name).collect(Collectors.toSet());
    }

    /** The value of the one series of {@code name} with these labels (among others), if there is one. */
    public OptionalDouble value(String name, Map<String, String> labels) {
        List<Series> found = series.stream().filter(s -> s.name().equals(name) && s.has(labels)).toList();
        if (found.size() > 1) {
            throw new IllegalStateException("more than one series " + name + labels + ": " + found);
        }
        return found.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(found.get(0).value());
    }
}
