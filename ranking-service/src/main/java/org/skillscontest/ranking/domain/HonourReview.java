package org.skillscontest.ranking.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.skillscontest.contracts.HonourKind;

/**
 * Honours follow corrections: compares the recommendations an event holds with those its latest
 * places call for. A held recommendation that the places no longer call for (the first place
 * changed, an entrant fell out of the top 5, an upgrade's target level changed) is withdrawn;
 * one they call for that is not held is recommended. Reviewing the same places twice changes
 * nothing the second time.
 */
public final class HonourReview {

    /**
     * An entrant of the ranked version. {@code place} is null for one who takes no place (withdrawn);
     * {@code upgradedElsewhere}: a skill-level upgrade of this year is held by another of the person's entries.
     */
    public record Entrant(UUID entryId, Integer place, int currentSkillLevel, boolean upgradedElsewhere) {
    }

    /** A recommendation the event holds (announced, not withdrawn). */
    public record Held(UUID honourId, UUID entryId, HonourKind kind, Integer targetSkillLevel) {
    }

    /** A recommendation the places call for. */
    public record Due(UUID entryId, int place, HonourKind kind, Integer targetSkillLevel) {

        boolean matches(Held held) {
            return held.entryId().equals(entryId) && held.kind() == kind
                    && Objects.equals(held.targetSkillLevel(), targetSkillLevel);
        }
    }

    /** A held recommendation to withdraw, with the entrant's place now (null: none, or not in the results). */
    public record Withdrawal(Held honour, Integer placeNow) {
    }

    public record Outcome(List<Withdrawal> withdraw, List<Due> recommend) {

        public boolean isEmpty() {
            return withdraw.isEmpty() && recommend.isEmpty();
        }
    }

    private HonourReview() {
    }

    /** What the places call for under {@code policy}, in the order of {@code entrants}. */
    public static List<Due> due(HonourPolicy policy, List<Entrant> entrants) {
        List<Due> due = new ArrayList<>();
        for (Entrant e : entrants) {
            if (e.place() == null) {
                continue;
            }
            for (HonourPolicy.Recommendation r : policy.recommend(e.place(), e.currentSkillLevel(), e.upgradedElsewhere())) {
                due.add(new Due(e.entryId(), e.place(), r.kind(), r.targetSkillLevel()));
            }
        }
        return due;
    }

    /** What to withdraw and what to recommend so that the held recommendations are the due ones. */
    public static Outcome review(HonourPolicy policy, List<Entrant> entrants, List<Held> held) {
        List<Due> due = due(policy, entrants);
        List<Withdrawal> withdraw = new ArrayList<>();
        for (Held h : held) {
            if (due.stream().noneMatch(d -> d.matches(h))) {
                Integer placeNow = entrants.stream().filter(e -> e.entryId().equals(h.entryId()))
                        .map(Entrant::place).filter(Objects::nonNull).findFirst().orElse(null);
                withdraw.add(new Withdrawal(h, placeNow));
            }
        }
        List<Due> recommend = due.stream().filter(d -> held.stream().noneMatch(d::matches)).toList();
        return new Outcome(withdraw, recommend);
    }
}
