package org.skillscontest.ranking.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Which results version, if any, ranking can act on now. Results travel on their own topic, so they
 * may arrive before the event's entrants (or the event itself): Kafka orders records only within a
 * partition of one topic. Ranking therefore holds each part and acts on a version once every one of
 * its parts is here and every entrant it names is known, so that the outcome is the same whatever
 * order the records came in. Of several such versions, the newest counts; one already ranked never
 * counts again.
 */
public final class PendingResults {

    private PendingResults() {
    }

    /** One received part of a version: {@code part} of {@code parts}, naming these entrants. */
    public record Part(int version, int part, int parts, List<UUID> entrants) {
    }

    /** What to do about an event's pending parts. */
    public sealed interface Outcome permits Ready, AwaitingEntrants, Nothing {
    }

    /** Rank this version now. */
    public record Ready(int version) implements Outcome {
    }

    /** The version is complete but names entrants ranking has not heard of yet: wait for their registrations. */
    public record AwaitingEntrants(int version, Set<UUID> unknown) implements Outcome {
    }

    /** No version newer than the ranked one is complete yet (or there is none). */
    public record Nothing() implements Outcome {
    }

    /**
     * @param rankedVersion the version the standings show (0 before the first)
     * @param received      every part held for the event, any version, duplicates allowed
     * @param known         the entrants ranking knows for the event
     */
    public static Outcome assess(int rankedVersion, Collection<Part> received, Set<UUID> known) {
        Map<Integer, List<Part>> byVersion = new TreeMap<>(Comparator.reverseOrder());
        for (Part p : received) {
            if (p.version() > rankedVersion) {
                byVersion.computeIfAbsent(p.version(), v -> new java.util.ArrayList<>()).add(p);
            }
        }
        for (Map.Entry<Integer, List<Part>> version : byVersion.entrySet()) {
            if (!complete(version.getValue())) {
                continue;
            }
            Set<UUID> unknown = new LinkedHashSet<>();
            version.getValue().stream().flatMap(p -> p.entrants().stream()).filter(e -> !known.contains(e)).forEach(unknown::add);
            return unknown.isEmpty() ? new Ready(version.getKey()) : new AwaitingEntrants(version.getKey(), unknown);
        }
        return new Nothing();
    }

    /** Every part number from 1 to the announced count is here (a part received twice counts once). */
    private static boolean complete(List<Part> parts) {
        int expected = parts.stream().mapToInt(Part::parts).max().orElse(0);
        Set<Integer> present = new HashSet<>();
        parts.stream().map(Part::part).filter(n -> n >= 1 && n <= expected).forEach(present::add);
        return expected > 0 && present.size() == expected;
    }
}
