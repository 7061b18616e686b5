package org.skillscontest.scoring.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The marks a module's panel of judges gave one entrant, and what counts of them: with five or
 * more judges the highest and the lowest mark are dropped (trimmed mean), with fewer all count. If
 * the counted marks spread more than the tolerance, the module is flagged for the chief judge.
 */
public record PanelMarks(List<BigDecimal> marks, BigDecimal maxMark, BigDecimal tolerancePercent) {

    /** Intermediate values keep this precision; only the final total is rounded (to 2 decimals). */
    static final MathContext PRECISION = MathContext.DECIMAL64;
    static final int TRIM_FROM = 5;

    public PanelMarks {
        if (marks.isEmpty()) {
            throw new IllegalArgumentException("a module needs at least one mark");
        }
        marks = List.copyOf(marks);
    }

    /** The marks that count: all, or without one highest and one lowest from five judges up. */
    public List<BigDecimal> counted() {
        List<BigDecimal> sorted = new ArrayList<>(marks);
        sorted.sort(Comparator.naturalOrder());
        return sorted.size() >= TRIM_FROM ? sorted.subList(1, sorted.size() - 1) : sorted;
    }

    /** The (trimmed) mean, unrounded. */
    public BigDecimal mean() {
        List<BigDecimal> counted = counted();
        BigDecimal sum = counted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(counted.size()), PRECISION);
    }

    /** Highest minus lowest of the counted marks. */
    public BigDecimal spread() {
        List<BigDecimal> counted = counted();
        return counted.get(counted.size() - 1).subtract(counted.get(0));
    }

    /** The largest spread allowed: tolerancePercent of the module's maximum mark. */
    public BigDecimal tolerance() {
        return maxMark.multiply(tolerancePercent).divide(BigDecimal.valueOf(100), PRECISION);
    }

    /** Whether the counted marks spread more than the tolerance. */
    public boolean flagged() {
        return spread().compareTo(tolerance()) > 0;
    }

    /** The mean as a share of the maximum mark, 0..1, unrounded. */
    public BigDecimal share() {
        return mean().divide(maxMark, PRECISION);
    }

    static BigDecimal round(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
