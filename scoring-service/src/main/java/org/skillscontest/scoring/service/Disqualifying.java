package org.skillscontest.scoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.skillscontest.platform.problem.FieldError;
import org.skillscontest.platform.problem.ProblemException;
import org.skillscontest.scoring.domain.ScoredEntries;
import org.skillscontest.scoring.domain.ScoredEntry;
import org.skillscontest.scoring.domain.ScoredEvent;
import org.skillscontest.scoring.domain.ScoredEvents;

/**
 * Disqualification (取消资格) by the event's chief judge, with a reason, before or after the lock. The
 * entrant stays listed in the results, without place or award (docs/domain.md, ranking): before the
 * lock the lock no longer waits for their marks; after it, the next results version goes out at once,
 * as after a correction.
 */
@ApplicationScoped
public class Disqualifying {

    private final ScoredEvents events;
    private final ScoredEntries entries;
    private final Locking locking;
    private final Clock clock;

    public Disqualifying(ScoredEvents events, ScoredEntries entries, Locking locking, Clock clock) {
        this.events = events;
        this.entries = entries;
        this.locking = locking;
        this.clock = clock;
    }

    /** Disqualifies the entry; answers the results version it published, or null before the lock. */
    @Transactional
    public Integer disqualify(String key, String chiefJudge, UUID entryId, String reason) {
        // the event's row lock: disqualifications, corrections and the lock of one event take turns
        ScoredEvent event = events.lock(key).orElseThrow(() -> ProblemException.notFound("Event " + key));
        Locking.requireChief(event, chiefJudge);
        ScoredEntry entry = entries.inRound(event, entryId);
        if (entry == null) {
            throw ProblemException.invalid("entryId", "unknown-entry", "no entry " + entryId + " in this event");
        }
        if (entry.disqualifiedAt != null) {
            throw ProblemException.conflict("already-disqualified", "The entrant was disqualified already.",
                    List.of(new FieldError("entryId", "already-disqualified", "disqualified on " + entry.disqualifiedAt
                            + ": " + entry.disqualificationReason)));
        }
        if (entry.withdrawn) {
            throw ProblemException.conflict("withdrawn", "A withdrawn entrant takes no place already; there is nothing to disqualify.",
                    List.of(new FieldError("entryId", "withdrawn", "the entry was withdrawn")));
        }
        entry.disqualifiedAt = Instant.now(clock);
        entry.disqualifiedBy = chiefJudge;
        entry.disqualificationReason = reason;
        return event.locked() ? locking.publishNextVersion(event) : null;
    }
}
