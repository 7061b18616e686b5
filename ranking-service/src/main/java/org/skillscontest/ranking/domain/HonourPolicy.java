package org.skillscontest.ranking.domain;

import java.util.ArrayList;
import java.util.List;
import org.skillscontest.contracts.HonourKind;
import org.skillscontest.contracts.Level;

/**
 * Which places earn which honours at a level ("赛、评、奖、用"): the May Day Labour Medal
 * (五一劳动奖章) and Technical Expert (技术能手) recommendations, and skill-level upgrades (晋升技能等级)
 * for entrants below the target level. Skill levels count down: 1 高级技师 … 5 初级工.
 */
public record HonourPolicy(int mayDayPlaces, int technicalExpertPlaces, List<Upgrade> upgrades) {

    /** Places {@code fromPlace}–{@code toPlace} are recommended for {@code targetSkillLevel} if below it. */
    public record Upgrade(int fromPlace, int toPlace, int targetSkillLevel) {
    }

    /** A recommendation; {@code targetSkillLevel} only for upgrades. */
    public record Recommendation(HonourKind kind, Integer targetSkillLevel) {
    }

    /** docs/domain.md's national table; provincial and city tables are smaller. */
    public static HonourPolicy forLevel(Level level) {
        return switch (level) {
            case NATIONAL -> new HonourPolicy(1, 5, List.of(new Upgrade(1, 5, 2), new Upgrade(6, 20, 3)));
            case PROVINCIAL -> new HonourPolicy(1, 3, List.of(new Upgrade(1, 3, 3), new Upgrade(4, 10, 4)));
            case CITY -> new HonourPolicy(1, 3, List.of(new Upgrade(1, 3, 4)));
        };
    }

    /** The last place that can earn anything under this table. */
    public int lastHonouredPlace() {
        int last = Math.max(mayDayPlaces, technicalExpertPlaces);
        for (Upgrade u : upgrades) {
            last = Math.max(last, u.toPlace());
        }
        return last;
    }

    /**
     * What a place earns. A person gets at most one upgrade a year: {@code upgradedThisYear} withholds it.
     */
    public List<Recommendation> recommend(int place, int currentSkillLevel, boolean upgradedThisYear) {
        List<Recommendation> result = new ArrayList<>();
        if (place <= mayDayPlaces) {
            result.add(new Recommendation(HonourKind.MAY_DAY_MEDAL, null));
        }
        if (place <= technicalExpertPlaces) {
            result.add(new Recommendation(HonourKind.TECHNICAL_EXPERT, null));
        }
        if (!upgradedThisYear) {
            for (Upgrade u : upgrades) {
                if (place >= u.fromPlace() && place <= u.toPlace() && currentSkillLevel > u.targetSkillLevel()) {
                    result.add(new Recommendation(HonourKind.SKILL_LEVEL_UPGRADE, u.targetSkillLevel()));
                    break;
                }
            }
        }
        return result;
    }
}
