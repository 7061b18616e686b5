package org.skillscontest.contracts;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@code scoring.results-published.v1}: one part of one version of an event's locked results. A
 * version is split into parts of at most {@link #MAX_PART_SIZE} results; ranking acts once it holds
 * every part. A correction publishes the next version.
 */
public record ResultsPublished(String competition, String event, int version, int part, int parts, List<Result> results) {

    public static final int MAX_PART_SIZE = 1000;

    /** One entrant's scores, each rounded once to 2 decimals. */
    public record Result(java.util.UUID entryId, java.util.UUID personId, BigDecimal theory, BigDecimal practical,
                         BigDecimal total, long timeUsedSeconds) {
    }
}
