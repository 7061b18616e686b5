package org.skillscontest.contracts;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * {@code ranking.entrant-promoted.v1}, keyed by personId: an entrant advances (晋级) to the linked
 * event one level up. {@code promotionId} is stable: the same promotion always has the same id.
 */
public record EntrantPromoted(UUID promotionId, UUID personId, String maskedIdNumber, String name, String federation,
                              From from, EventRef to) {

    /** Where the entrant came from: the event, place, total and award that earned the promotion. */
    public record From(String competition, String event, Level level, UUID entryId, int place, BigDecimal total,
                       Award award) {
    }
}
