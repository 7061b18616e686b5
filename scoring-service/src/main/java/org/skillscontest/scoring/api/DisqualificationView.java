package org.skillscontest.scoring.api;

import java.util.UUID;
import org.skillscontest.contracts.EntrantStatus;

/** A disqualification done: {@code version} is the results version it published, null before the lock. */
public record DisqualificationView(UUID entryId, EntrantStatus status, String reason, Integer version) {
}
