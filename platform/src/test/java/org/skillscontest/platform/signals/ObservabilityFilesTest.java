package org.skillscontest.platform.signals;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Grafana dashboard and the Prometheus alert rules in {@code deploy/observability} ask only for
 * metrics the services export ({@link Signal}, whose names a real scrape confirms in SignalsScrapeTest),
 * every signal has a panel, and the alerts watch the backlog, the oldest unsent event, dead letters
 * and consumer lag.
 */
class ObservabilityFilesTest {

    private static final Path FILES = Path.of("..", "deploy", "observability");

    /** PromQL words that are not metric names. */
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "by", "without", "on", "ignoring",
            "group_left", "group_right", "bool", "offset", "inf", "nan");

    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    @Test
    void theDashboardUsesExportedMetricsOnlyAndShowsEverySignal() throws IOException {
        JsonNode dashboard = new ObjectMapper().readTree(FILES.resolve("grafana-dashboard.json").toFile());
        List<String> queries = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            panel.path("targets").forEach(t -> queries.add(t.path("expr").asText()));
        }
        assertThat(queries).isNotEmpty().doesNotContain("");
        Set<String> used = metricNames(queries);
        assertThat(Signal.prometheusNames()).containsAll(used);
        assertThat(used).containsExactlyInAnyOrderElementsOf(Signal.prometheusNames());
    }

    @Test
    void theAlertsUseExportedMetricsOnlyAndWatchWhatOperatorsMustKnow() throws IOException {
        JsonNode rules = new ObjectMapper(new YAMLFactory()).readTree(FILES.resolve("prometheus-alerts.yaml").toFile());
        List<String> queries = new ArrayList<>();
        for (JsonNode group : rules.path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                assertThat(rule.path("alert").asText()).as("every rule is an alert with a name").isNotBlank();
                queries.add(rule.path("expr").asText());
            }
        }
        assertThat(queries).isNotEmpty().doesNotContain("");
        Set<String> used = metricNames(queries);
        assertThat(Signal.prometheusNames()).containsAll(used);
        assertThat(used).contains(Signal.OUTBOX_UNSENT_EVENTS.prometheusName(), Signal.OUTBOX_OLDEST_UNSENT_AGE.prometheusName(),
                Signal.DEAD_LETTER_RECORDS.prometheusName(), Signal.CONSUMER_LAG.prometheusName());
    }

    @Test
    void metricNamesAreTakenFromQueriesWithoutLabelsFunctionsOrDurations() {
        assertThat(metricNames(List.of(
                "sum by (job, topic) (increase(dead_letter_records_total{topic=~\"a.b\"}[1h])) > 0",
                "max by (job) (outbox_unsent_events) > 1000 and max by (job) (deriv(outbox_unsent_events[10m])) > 0",
                "sum(rate(contest_marks_entered_total[5m] offset 1h)) * 60 unless on (job) up",
                "typo_metric_name")))
                .containsExactlyInAnyOrder("dead_letter_records_total", "outbox_unsent_events", "contest_marks_entered_total",
                        "up", "typo_metric_name");
    }

    /** The metric names a PromQL query reads: identifiers not called as functions, outside label sets, durations and grouping. */
    static Set<String> metricNames(List<String> queries) {
        Set<String> names = new LinkedHashSet<>();
        for (String query : queries) {
            String bare = query
                    .replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"")                     // string literals
                    .replaceAll("\\{[^}]*}", " ")                                       // label matchers
                    .replaceAll("\\[[^]]*]", " ")                                       // range durations
                    .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ") // label lists
                    .replaceAll("\\boffset\\s+\\w+", " ");
            Matcher m = IDENTIFIER.matcher(bare);
            while (m.find()) {
                String word = m.group();
                int after = m.end();
                while (after < bare.length() && bare.charAt(after) == ' ') {
                    after++;
                }
                boolean function = after < bare.length() && bare.charAt(after) == '(';
                boolean number = m.start() > 0 && Character.isDigit(bare.charAt(m.start() - 1));
                if (!function && !number && !KEYWORDS.contains(word.toLowerCase())) {
                    names.add(word);
                }
            }
        }
        return names;
    }
}
