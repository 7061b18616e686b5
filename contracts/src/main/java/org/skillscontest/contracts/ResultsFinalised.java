package org.skillscontest.contracts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * {@code ranking.results-finalised.v1}, keyed by {@code competition/event}: the event's final-round
 * results became FINAL (公示期满, 成绩确定) at {@code version}: its publicity period ended with no
 * objection open, or the last open objection was decided after the end. Published once per event;
 * a later correction is FINAL at once and announced on {@code ranking.event-ranked.v1} alone.
 * {@code firstDay}/{@code lastDay} are null when the competition has no publicity period.
 */
public record ResultsFinalised(String competition, String event, Level level, int version, LocalDate firstDay,
                               LocalDate lastDay, Instant finalisedAt, int objections) {
}
