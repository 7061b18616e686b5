package org.skillscontest.contracts;

import java.util.UUID;

/**
 * {@code registration.entry-withdrawn.v1}: a federation withdrew an entry, or its promotion was
 * revoked. {@code promotionId} is set when the entry came by promotion: ranking then offers the
 * place to the next ranked entrant of the event below, if the level has not started.
 */
public record EntryWithdrawn(UUID entryId, UUID personId, String competition, String event, String reason, UUID promotionId) {
}
