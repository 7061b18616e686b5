package org.skillscontest.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The WARN (and worse) lines of processes' logs, each prefixed with the process's name, except the few
 * that follow from a deliberate setting, each listed here with its reason. Anything else is a cause to remove.
 */
final class StartWarnings {

    /** Quarkus' console format: "2026-12-02 08:16:10,123 WARN  [category] (thread) message". */
    private static final Pattern WARNING = Pattern.compile("^\\S+ \\S+ (WARN|ERROR|FATAL)\\b.*");

    /** Warnings of deliberate settings: the line's pattern, and why it stays. */
    static final Map<Pattern, String> EXPLAINED = Map.of(
            // under 10 s: three JVMs start at once on a small shared machine; a longer block is a real one
            Pattern.compile(".*\\[io\\.vertx\\.core\\.impl\\.BlockedThreadChecker\\] .* has been blocked for \\d{4} ms, time limit is 2000 ms.*"),
            "a starved CPU at start: an event loop was late by seconds while the services started together",
            Pattern.compile(".*\\[org\\.flywaydb\\.core\\.internal\\.command\\.DbMigrate\\] .* outOfOrder mode is active.*"),
            "platform: quarkus.flyway.out-of-order=true, so the platform's V0_x migrations apply after a service's own V1...; "
                    + "Flyway warns whenever it is on",
            Pattern.compile(".*SRMSG18235: Will not health check throttled commit strategy for group .*"),
            "platform: throttled.unprocessed-record-max-age.ms=0, so a record held through a database outage does not stop "
                    + "the channel; DeliveryReadiness reports the wait instead, and SmallRye warns once per channel");

    private StartWarnings() {
    }

    static List<String> in(Map<String, Path> logs) {
        List<String> found = new ArrayList<>();
        new TreeMap<>(logs).forEach((name, log) -> {
            if (!Files.exists(log)) {
                return;
            }
            try {
                for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                    if (WARNING.matcher(line).matches() && EXPLAINED.keySet().stream().noneMatch(p -> p.matcher(line).matches())) {
                        found.add(name + ": " + line);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return found;
    }
}
