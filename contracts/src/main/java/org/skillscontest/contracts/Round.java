package org.skillscontest.contracts;

/**
 * One round of an event (初赛, 选拔赛, 决赛), in order. Every round but the last has a {@code cut} to
 * the next; the last (final) round has none and is scored by the event's own scheme, so its
 * {@code scoring} repeats the event's. An event with no rounds is one round, as before rounds existed.
 */
public record Round(String code, String name, ScoringScheme scoring, CutRule cut) {
}
