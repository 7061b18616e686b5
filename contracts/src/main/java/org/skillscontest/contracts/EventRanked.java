package org.skillscontest.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code ranking.event-ranked.v1}: places and awards of one results version of an event.
 * {@code publicity} was added within v1: whether these final-round results are PROVISIONAL (公示中)
 * or FINAL, and the publicity period; null for a record written before the field.
 */
public record EventRanked(String competition, String event, Level level, int version, List<Place> places,
                          Publicity publicity) {

    /** A version as the record was before {@code publicity}. */
    public EventRanked(String competition, String event, Level level, int version, List<Place> places) {
        this(competition, event, level, version, places, null);
    }

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

    /**
     * The state of the event's results when this version was ranked, and the publicity period: its
     * first and last day in China (null when the competition has none), and the instant it ends
     * (the end of the last day, 00:00 China time of the next; with no period, when the results were
     * first ranked). A version ranked after the results became FINAL is FINAL at once.
     */
    public record Publicity(ResultsState state, LocalDate firstDay, LocalDate lastDay, Instant endsAt) {
    }
}
