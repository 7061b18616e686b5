package org.skillscontest.scoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.skillscontest.contracts.ScoringScheme;

/**
 * An entrant's scores under a scheme: practical = Σ (module mean / module max × module weight),
 * out of 100; total = theory × theoryWeight % + practical × practicalWeight %. Rounded once, at the
 * end, to 2 decimals (practical and theory are shown rounded, but the total is computed unrounded).
 */
public record Totals(BigDecimal theory, BigDecimal practical, BigDecimal total) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** {@code panels} holds one entry per practical module of the scheme. */
    public static Totals of(ScoringScheme scheme, Map<String, PanelMarks> panels, BigDecimal theory) {
        // practical = numerator / denominator, kept exact (a mean of three is a third, which no fixed
        // precision holds): Σ (sum of counted marks × weight) / (count × maxMark). Divided once, below.
        BigDecimal numerator = BigDecimal.ZERO;
        BigDecimal denominator = BigDecimal.ONE;
        for (ScoringScheme.Module module : scheme.modules()) {
            PanelMarks panel = panels.get(module.code());
            if (panel == null) {
                throw new IllegalArgumentException("no marks for module " + module.code());
            }
            List<BigDecimal> counted = panel.counted();
            BigDecimal sum = counted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal moduleDenominator = panel.maxMark().multiply(BigDecimal.valueOf(counted.size()));
            numerator = numerator.multiply(moduleDenominator)
                    .add(sum.multiply(BigDecimal.valueOf(module.weight())).multiply(denominator));
            denominator = denominator.multiply(moduleDenominator);
        }
        BigDecimal theoryScore = theory == null ? BigDecimal.ZERO : theory;
        BigDecimal total = theoryScore.multiply(BigDecimal.valueOf(scheme.theoryWeight())).multiply(denominator)
                .add(numerator.multiply(BigDecimal.valueOf(scheme.practicalWeight())))
                .divide(denominator.multiply(HUNDRED), 2, RoundingMode.HALF_UP);
        BigDecimal practical = numerator.divide(denominator, 2, RoundingMode.HALF_UP);
        return new Totals(PanelMarks.round(theoryScore), practical, total);
    }
}
