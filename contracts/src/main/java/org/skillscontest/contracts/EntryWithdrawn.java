package org.skillscontest.contracts;

import java.util.UUID;

/** {@code registration.entry-withdrawn.v1}: a federation withdrew an entry, or a promotion was revoked. */
public record EntryWithdrawn(UUID entryId, UUID personId, String competition, String event, String reason) {
}
