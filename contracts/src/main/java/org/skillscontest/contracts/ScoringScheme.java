package org.skillscontest.contracts;

import java.math.BigDecimal;
import java.util.List;

/**
 * How an event is scored: total = theory × theoryWeight % + practical × practicalWeight %; the
 * practical score is Σ (module mark / maxMark × module weight). A module whose counted marks spread
 * more than tolerancePercent of its maxMark is flagged for the chief judge.
 */
public record ScoringScheme(int theoryWeight, int practicalWeight, BigDecimal tolerancePercent, List<Module> modules) {

    /** A practical module (实际操作模块) marked by a panel of judges. */
    public record Module(String code, String name, BigDecimal maxMark, int weight) {
    }
}
