package org.skillscontest.contracts;

import java.math.BigDecimal;

/**
 * The cut from one round to the next: {@code mode} and its {@code value}, optionally capped at
 * {@code capPercent} % of the round's ranked entrants (rounded down, at least 1; null: no cap).
 * Entrants tied at the cut follow the event's {@link AdvancementPolicy#ties()}.
 */
public record CutRule(CutMode mode, BigDecimal value, Integer capPercent) {
}
