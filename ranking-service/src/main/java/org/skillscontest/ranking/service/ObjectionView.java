package org.skillscontest.ranking.service;

import java.time.Instant;
import java.util.UUID;
import org.skillscontest.contracts.ObjectionState;
import org.skillscontest.ranking.domain.Objection;

/** An objection (异议) and every step of it: who lodged it, when and why; who decided it, when, how and why. */
public record ObjectionView(UUID objectionId, String competition, String event, UUID entryId, UUID personId, String name,
                            String federation, ObjectionState state, int objectedVersion, String reason, String lodgedBy,
                            Instant lodgedAt, String decisionReason, String decidedBy, Instant decidedAt,
                            Integer correctedVersion) {

    static ObjectionView of(Objection o, String name) {
        return new ObjectionView(o.id, o.competition, o.event, o.entryId, o.personId, name, o.federation, o.state,
                o.objectedVersion, o.reason, o.lodgedBy, o.lodgedAt, o.decisionReason, o.decidedBy, o.decidedAt,
                o.correctedVersion);
    }
}
