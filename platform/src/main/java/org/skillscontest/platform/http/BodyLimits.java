package org.skillscontest.platform.http;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How large a request body each family of endpoints accepts: a bulk intake or a judge's batch of marks
 * needs megabytes for its 5,000 rows, every other request a few KiB. A family names its paths with
 * {@code *} standing for one path segment ({@code /api/v1/events/* /* /marks}); a path no family names
 * gets the default. Plain Java: the HTTP layer ({@link BodyLimitRoutes}) only asks {@link #of(String)}.
 */
public final class BodyLimits {

    /** The limit a request gets: its family's name (or {@code default}) and the bytes it may send. */
    public record Limit(String family, long maxBytes) {
    }

    /** A family: its name, its path patterns and its limit in bytes. */
    public record Family(String name, List<String> paths, long maxBytes) {
        public Family {
            Objects.requireNonNull(name, "name");
            paths = List.copyOf(paths);
            if (maxBytes <= 0) {
                throw new IllegalArgumentException("family " + name + ": the limit must be positive");
            }
            for (String path : paths) {
                if (!path.startsWith("/")) {
                    throw new IllegalArgumentException("family " + name + ": " + path + " is not an absolute path");
                }
            }
        }
    }

    private final Limit fallback;
    private final List<Family> families;

    public BodyLimits(long defaultMaxBytes, List<Family> families) {
        if (defaultMaxBytes <= 0) {
            throw new IllegalArgumentException("the default limit must be positive");
        }
        this.fallback = new Limit("default", defaultMaxBytes);
        this.families = List.copyOf(families);
    }

    /** The limit of a request to {@code path}: the first family (by name) with a matching pattern, or the default. */
    public Limit of(String path) {
        String[] segments = segments(path);
        for (Family family : families) {
            for (String pattern : family.paths()) {
                if (matches(segments(pattern), segments)) {
                    return new Limit(family.name(), family.maxBytes());
                }
            }
        }
        return fallback;
    }

    /** Every family with the default, by name: what the README's table shows. */
    public Map<String, Long> table() {
        Map<String, Long> table = new TreeMap<>();
        table.put(fallback.family(), fallback.maxBytes());
        families.forEach(f -> table.put(f.name(), f.maxBytes()));
        return table;
    }

    private static boolean matches(String[] pattern, String[] path) {
        if (pattern.length != path.length) {
            return false;
        }
        for (int i = 0; i < pattern.length; i++) {
            if (!pattern[i].equals("*") && !pattern[i].equals(path[i])) {
                return false;
            }
        }
        return true;
    }

    private static String[] segments(String path) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.startsWith("/") ? trimmed.substring(1).split("/", -1) : trimmed.split("/", -1);
    }
}
