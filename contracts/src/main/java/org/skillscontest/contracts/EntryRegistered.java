package org.skillscontest.contracts;

import java.util.UUID;

/**
 * {@code registration.entry-registered.v1}: an entrant is in an event. Carries the masked ID number
 * only (first 6 and last 4 characters); the full number stays in registration.
 */
public record EntryRegistered(
        UUID entryId,
        UUID personId,
        String maskedIdNumber,
        String name,
        String gender,
        String federation,
        Employer employer,
        int currentSkillLevel,
        String competition,
        String event,
        Level level,
        Origin origin,
        UUID promotionId) {
}
