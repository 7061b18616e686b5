package org.skillscontest.scoring.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.skillscontest.contracts.EntrantStatus;
import org.skillscontest.scoring.domain.ScoreSheet;

/**
 * The chief judge's view: totals, missing marks, judge spreads per module and tolerance flags per entry,
 * and each entrant's status (withdrawn entrants once they took part, disqualified ones always).
 * {@code entries} is one page of them, by entry id; {@code total} how many there are in all.
 */
public record ResultsView(String competition, String event, boolean locked, int version, List<Line> entries, int page,
                          int size, long total) {

    public record Line(UUID entryId, BigDecimal theory, BigDecimal practical, BigDecimal total, long timeUsedSeconds,
                       List<String> missing, List<ScoreSheet.Flag> flags, java.util.Map<String, BigDecimal> spreads,
                       EntrantStatus status, String statusReason) {

        static Line of(ScoreSheet.Row row) {
            return new Line(row.entryId(), row.totals() == null ? null : row.totals().theory(),
                    row.totals() == null ? null : row.totals().practical(), row.totals() == null ? null : row.totals().total(),
                    row.timeUsedSeconds(), row.missing(), row.flags(), row.spreads(), row.status(), row.statusReason());
        }
    }
}
