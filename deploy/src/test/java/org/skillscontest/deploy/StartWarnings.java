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

/** The WARN (and worse) lines of processes' logs, each prefixed with the process's name. */
final class StartWarnings {

    /** Quarkus' console format: "2026-12-02 08:16:10,123 WARN  [category] (thread) message". */
    private static final Pattern WARNING = Pattern.compile("^\\S+ \\S+ (WARN|ERROR|FATAL)\\b.*");

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
                    if (WARNING.matcher(line).matches()) {
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
