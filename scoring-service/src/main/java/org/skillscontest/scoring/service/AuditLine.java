package org.skillscontest.scoring.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One change of a mark or theory score: who, when, the old and the new value, and why. */
public record AuditLine(UUID entryId, Integer station, String module, String judge, BigDecimal previous, BigDecimal value,
                        String recordedBy, Instant recordedAt, String reason, boolean afterLock) {
}
