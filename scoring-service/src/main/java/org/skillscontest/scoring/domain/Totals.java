package org.skillscontest.scoring.domain;

import java.math.BigDecimal;
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
        BigDecimal practical = BigDecimal.ZERO;
        for (ScoringScheme.Module module : scheme.modules()) {
            PanelMarks panel = panels.get(module.code());
            if (panel == null) {
                throw new IllegalArgumentException("no marks for module " + module.code());
            }
            practical = practical.add(panel.share().multiply(BigDecimal.valueOf(module.weight()), PanelMarks.PRECISION));
        }
        BigDecimal theoryScore = theory == null ? BigDecimal.ZERO : theory;
        BigDecimal total = theoryScore.multiply(BigDecimal.valueOf(scheme.theoryWeight()))
                .add(practical.multiply(BigDecimal.valueOf(scheme.practicalWeight())))
                .divide(HUNDRED, PanelMarks.PRECISION);
        return new Totals(PanelMarks.round(theoryScore), PanelMarks.round(practical), PanelMarks.round(total));
    }
}
