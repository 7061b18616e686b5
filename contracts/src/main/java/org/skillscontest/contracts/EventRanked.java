package org.skillscontest.contracts;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** {@code ranking.event-ranked.v1}: places and awards of one results version of an event. */
public record EventRanked(String competition, String event, Level level, int version, List<Place> places) {

    /**
     * A ranked entrant, or a listed one who takes no place ({@code place} null). {@code status} and
     * {@code statusReason} were added within v1: a record written before them reads as COMPETING; a
     * WITHDRAWN or DISQUALIFIED entrant has no place, award or advancement, and scores only where
     * complete.
     */
    public record Place(Integer place, UUID entryId, UUID personId, String name, String federation,
                        BigDecimal total, BigDecimal practical, BigDecimal theory, Award award, boolean advanced,
                        EntrantStatus status, String statusReason) {

        public Place {
            status = status == null ? EntrantStatus.COMPETING : status;
        }

        /** A competing entrant's place, as the record was before {@code status}. */
        public Place(Integer place, UUID entryId, UUID personId, String name, String federation, BigDecimal total,
                     BigDecimal practical, BigDecimal theory, Award award, boolean advanced) {
            this(place, entryId, personId, name, federation, total, practical, theory, award, advanced,
                    EntrantStatus.COMPETING, null);
        }
    }
}
