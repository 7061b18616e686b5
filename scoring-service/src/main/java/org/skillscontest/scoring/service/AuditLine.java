package org.skillscontest.scoring.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.skillscontest.contracts.EntrantStatus;
import org.skillscontest.scoring.domain.ScoredEntry;

/**
 * One change of a mark or theory score: who, when, the old and the new value, and why. A change of
 * the entrant's status (a withdrawal, a disqualification) is a line too, with {@code status} set and
 * no module or value; {@code status} is null on the lines of marks and scores.
 */
public record AuditLine(UUID entryId, Integer station, String module, String judge, BigDecimal previous, BigDecimal value,
                        String recordedBy, Instant recordedAt, String reason, boolean afterLock, EntrantStatus status) {

    /** A line of a mark or theory score. */
    public AuditLine(UUID entryId, Integer station, String module, String judge, BigDecimal previous, BigDecimal value,
                     String recordedBy, Instant recordedAt, String reason, boolean afterLock) {
        this(entryId, station, module, judge, previous, value, recordedBy, recordedAt, reason, afterLock, null);
    }

    /** Who registration says withdrew an entrant: registration announced it; the reason says why. */
    static final String REGISTRATION = "registration";

    /** The entrant's withdrawal and disqualification, as far as scoring knows when (an early withdrawal has no time). */
    static List<AuditLine> statusChanges(ScoredEntry e, Instant lockedAt) {
        List<AuditLine> lines = new ArrayList<>(2);
        if (e.withdrawn && e.withdrawnAt != null) {
            lines.add(new AuditLine(e.entryId, e.station, null, null, null, null, REGISTRATION, e.withdrawnAt,
                    e.withdrawalReason, lockedAt != null && e.withdrawnAt.isAfter(lockedAt), EntrantStatus.WITHDRAWN));
        }
        if (e.disqualifiedAt != null) {
            lines.add(new AuditLine(e.entryId, e.station, null, null, null, null, e.disqualifiedBy, e.disqualifiedAt,
                    e.disqualificationReason, lockedAt != null && e.disqualifiedAt.isAfter(lockedAt), EntrantStatus.DISQUALIFIED));
        }
        return lines;
    }
}
