package org.skillscontest.ranking.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.skillscontest.contracts.CutRule;
import org.skillscontest.contracts.TiesAtLine;

/**
 * Who makes the cut from one round to the next (docs/domain.md, rounds): the top N, the top % of
 * the round's ranked entrants (rounded down, at least 1), or everyone whose total reaches a score
 * threshold; optionally capped at a share of the ranked entrants (rounded down, at least 1). The
 * line is then drawn as advancement draws the quota line: entrants tied at it all make the cut
 * ({@link TiesAtLine#ALL}) or none of the tied group does ({@link TiesAtLine#NONE}).
 */
public final class Cut {

    /** Who made the cut, how many places it had, and the lowest total among them (null if nobody). */
    public record Outcome(Set<UUID> qualified, int places, BigDecimal cutMark) {
    }

    private Cut() {
    }

    public static Outcome draw(List<Ranking.Placed> placed, CutRule rule, TiesAtLine ties) {
        int ranked = placed.size();
        int places = switch (rule.mode()) {
            case TOP_N -> rule.value().intValue();
            case TOP_PERCENT -> share(ranked, rule.value());
            case SCORE_THRESHOLD -> (int) placed.stream().filter(p -> p.score().total().compareTo(rule.value()) >= 0).count();
        };
        if (rule.capPercent() != null) {
            places = Math.min(places, share(ranked, BigDecimal.valueOf(rule.capPercent())));
        }
        // entrants tied share one total, so a tie at a threshold's line never lets anyone below it through
        Set<UUID> qualified = Advancement.select(placed, places, ties);
        BigDecimal cutMark = placed.stream().filter(p -> qualified.contains(p.score().entryId()))
                .map(p -> p.score().total()).min(BigDecimal::compareTo).orElse(null);
        return new Outcome(qualified, places, cutMark);
    }

    /** {@code percent} % of {@code ranked}, rounded down, at least 1 (none of nobody). */
    static int share(int ranked, BigDecimal percent) {
        if (ranked == 0) {
            return 0;
        }
        int n = BigDecimal.valueOf(ranked).multiply(percent).divideToIntegralValue(BigDecimal.valueOf(100)).intValue();
        return Math.max(1, n);
    }
}
