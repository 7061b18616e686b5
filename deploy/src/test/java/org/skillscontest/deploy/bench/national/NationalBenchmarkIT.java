package org.skillscontest.deploy.bench.national;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillscontest.deploy.demo.Api;
import org.skillscontest.deploy.stack.LocalStack;
import org.skillscontest.deploy.stack.Postgres;
import org.skillscontest.deploy.stack.StackSettings;
import org.skillscontest.testing.PostgresServer;

/**
 * The national benchmark at a small scale (2 provinces × 2 cities × 3 events, 240 entrants) as a
 * behaviour check, never a timing one: the counts at each level are right (everyone registered,
 * every city event's preliminary cut and final ranked, every advancing place promoted and registered
 * one level up, the final's honours), and the report, CSV and chart are written with a ratio for
 * every stage that has a baseline.
 */
class NationalBenchmarkIT {

    private static LocalStack stack;
    private static Path gcLogs;

    @BeforeAll
    static void startStack() {
        Path repository = Path.of("").toAbsolutePath().getParent();
        PostgresServer pg = PostgresServer.get();
        String prefix = "nat_" + UUID.randomUUID().toString().substring(0, 6) + "_";
        Path state = Path.of("target", "national-stack").toAbsolutePath();
        stack = new LocalStack(StackSettings.isolated(repository, state, Postgres.named(pg.jdbcUrl("postgres"), pg.user(), pg.password()), prefix));
        gcLogs = state.resolve("logs");
        stack.allInstances().forEach(s -> s.addJavaOptions(List.of("-Xlog:gc:file=" + gcLogs.resolve("{service}-gc.log"))));
        stack.start(line -> System.out.println("[stack] " + line));
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.stop();
            stack.dropDatabases();
        }
    }

    @Test
    void aSmallNationalCompetitionReachesTheFinalWithTheRightCountsAtEveryLevel() throws Exception {
        Shape shape = new Shape(2, 2, 3, 240);
        Path dir = Path.of("target", "national-run").toAbsolutePath();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        NationalBenchmark.Result result;
        try {
            result = NationalBenchmark.measure(stack, Path.of("").toAbsolutePath().getParent(), shape, 4, gcLogs, dir, out);
        } finally {
            System.out.println(printed.toString(StandardCharsets.UTF_8));
        }

        assertThat(result.problems()).isEmpty();
        NationalBenchmark.LevelResult city = result.levels().get(0);
        NationalBenchmark.LevelResult provincial = result.levels().get(1);
        NationalBenchmark.LevelResult national = result.levels().get(2);
        assertThat(result.entriesPerCompetitionLevel().get("CITY")).isEqualTo(240);
        assertThat(city.events()).isEqualTo(12);
        // the preliminaries of 36 keep 30 %: 10 finalists in each of the 4 cities (more only with a tie at the cut); 12 in each ordinary event
        assertThat(result.finalists()).isGreaterThanOrEqualTo(4 * 10).isLessThan(4 * 36);
        assertThat(city.entrants()).isEqualTo(result.finalists() + 8 * 12);
        // the top 3 of each city event advance (more only with a tie at the line), and all were promoted
        assertThat(city.advanced()).isGreaterThanOrEqualTo(12 * Shape.CITY_QUOTA).isEqualTo(city.promotedRegistered());
        assertThat(result.entriesPerCompetitionLevel().get("PROVINCIAL")).isEqualTo(city.advanced());
        assertThat(provincial.events()).isEqualTo(6);
        assertThat(provincial.entrants()).isEqualTo(city.advanced());
        assertThat(provincial.advanced()).isGreaterThanOrEqualTo(6 * Shape.PROVINCIAL_QUOTA).isEqualTo(provincial.promotedRegistered());
        assertThat(result.entriesPerCompetitionLevel().get("NATIONAL")).isEqualTo(provincial.advanced());
        assertThat(national.events()).isEqualTo(3);
        assertThat(national.entrants()).isEqualTo(provincial.advanced());
        assertThat(national.advanced()).isZero();
        assertThat(national.honours()).as("a May Day medal recommendation at least for each final's winner").isGreaterThanOrEqualTo(3);
        assertThat(national.lockToLastRecordMs()).hasSize(3).allMatch(ms -> ms > 0);

        JsonNode report = Api.JSON.readTree(dir.resolve("report.json").toFile());
        assertThat(report.get("stages").findValues("ratio")).as("registration, preliminary, marks and theory have a baseline")
                .hasSizeGreaterThanOrEqualTo(1 + 1 + 3 + 3).allMatch(r -> r.asDouble() > 0);
        assertThat(report.at("/baselines/kafka producer/perSecond").asDouble()).isPositive();
        assertThat(report.at("/baselines/kafka consumer/perSecond").asDouble()).isPositive();
        assertThat(report.get("memory").findValues("peakHeapMiB")).hasSize(3).allMatch(h -> h.asLong() > 0);
        assertThat(Files.readAllLines(dir.resolve("timeline.csv"))).hasSizeGreaterThan(2).first().asString()
                .contains("entries accepted", "marks entered", "lag ");
        assertThat(Files.readString(dir.resolve("timeline.svg"))).contains("<svg", "<polyline");
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("ratio", "end to end");
    }
}
