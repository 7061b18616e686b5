package org.skillscontest.contracts;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** {@code ranking.event-ranked.v1}: places and awards of one results version of an event. */
public record EventRanked(String competition, String event, Level level, int version, List<Place> places) {

    /** A ranked (or withdrawn, placeless) entrant. {@code place} is null for entrants who take no place. */
    public record Place(Integer place, UUID entryId, UUID personId, String name, String federation,
                        BigDecimal total, BigDecimal practical, BigDecimal theory, Award award, boolean advanced) {
    }
}
