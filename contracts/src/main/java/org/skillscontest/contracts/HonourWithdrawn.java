package org.skillscontest.contracts;

import java.util.UUID;

/**
 * {@code ranking.honour-withdrawn.v1}, keyed by personId: a recommendation announced on
 * {@code ranking.honour-recommended.v1} (same {@code honourId}) no longer holds after a correction
 * re-ranked the event. The new holder, if any, gets a recommendation of its own.
 */
public record HonourWithdrawn(UUID honourId, UUID personId, HonourKind kind, String competition, String event,
                              String reason) {
}
