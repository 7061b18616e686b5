package org.skillscontest.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code ranking.objection.v1}, keyed by {@code competition/event}: one step in the life of an
 * objection (异议) to an event's provisional results, with the whole objection as it stands after
 * it. Lodged ({@code state} OPEN) by a federation about an entry of its own, with a reason, against
 * {@code objectedVersion}; decided by the chief judge: REJECTED with a reason, or
 * RESOLVED_BY_CORRECTION once a corrected version ({@code correctedVersion}) has been ranked.
 * {@code lodgedBy}/{@code decidedBy} are the token subjects; the decision fields are null while OPEN.
 */
public record ObjectionStep(UUID objectionId, String competition, String event, UUID entryId, UUID personId,
                            String federation, ObjectionState state, int objectedVersion, String reason, String lodgedBy,
                            Instant lodgedAt, String decisionReason, String decidedBy, Instant decidedAt,
                            Integer correctedVersion) {
}
