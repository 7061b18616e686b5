package org.skillscontest.contracts;

import java.util.UUID;

/**
 * {@code registration.entry-registered.v1}: an entrant is in an event. Carries the masked ID number
 * only (first 6 and last 4 characters); the full number stays in registration. {@code idNumberDigest}
 * was added within v1: a keyed digest of the number (HMAC-SHA256, hex) that only services holding
 * the key can compute, so that scoring matches an exam platform's rows by ID number; null in older records.
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
        UUID promotionId,
        String idNumberDigest) {

    /** An entrant without the digest, as the record was before {@code idNumberDigest}. */
    public EntryRegistered(UUID entryId, UUID personId, String maskedIdNumber, String name, String gender, String federation,
                           Employer employer, int currentSkillLevel, String competition, String event, Level level,
                           Origin origin, UUID promotionId) {
        this(entryId, personId, maskedIdNumber, name, gender, federation, employer, currentSkillLevel, competition, event,
                level, origin, promotionId, null);
    }
}
