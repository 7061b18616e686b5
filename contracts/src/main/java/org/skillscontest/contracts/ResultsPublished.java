package org.skillscontest.contracts;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * {@code scoring.results-published.v1}: one part of one version of an event's locked results. A
 * version is split into parts of at most {@link #MAX_PART_SIZE} results; ranking acts once it holds
 * every part. A correction, a disqualification or a withdrawal after the lock publishes the next version.
 * {@code chiefJudge}, added within v1, is the token subject of the chief judge (裁判长) heading the
 * event's panel when the version was published: the one who decides objections to it. A record
 * written before it has none.
 */
public record ResultsPublished(String competition, String event, int version, int part, int parts, List<Result> results,
                               String chiefJudge) {

    public static final int MAX_PART_SIZE = 1000;

    /** A part as the record was before {@code chiefJudge}. */
    public ResultsPublished(String competition, String event, int version, int part, int parts, List<Result> results) {
        this(competition, event, version, part, parts, results, null);
    }

    /**
     * One entrant's scores, each rounded once to 2 decimals. {@code status} and {@code statusReason} were
     * added within v1: a record written before them has neither, and reads as COMPETING without a reason.
     * A withdrawn or disqualified entrant is listed with the scores complete so far (null where a total
     * cannot be computed) and takes no place.
     */
    public record Result(UUID entryId, UUID personId, BigDecimal theory, BigDecimal practical, BigDecimal total,
                         long timeUsedSeconds, EntrantStatus status, String statusReason) {

        public Result {
            status = status == null ? EntrantStatus.COMPETING : status;
        }

        /** A competing entrant's result, as the record was before {@code status}. */
        public Result(UUID entryId, UUID personId, BigDecimal theory, BigDecimal practical, BigDecimal total,
                      long timeUsedSeconds) {
            this(entryId, personId, theory, practical, total, timeUsedSeconds, EntrantStatus.COMPETING, null);
        }
    }
}
