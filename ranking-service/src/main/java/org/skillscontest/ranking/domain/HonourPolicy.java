package org.skillscontest.ranking.domain;

import java.util.ArrayList;
import java.util.List;
import org.skillscontest.contracts.HonourKind;
import org.skillscontest.contracts.HonourSettings;
import org.skillscontest.contracts.Level;

/**
 * Which places earn which honours in an event ("赛、评、奖、用"): the May Day Labour Medal
 * (五一劳动奖章) and Technical Expert (技术能手) recommendations, and skill-level upgrades (晋升技能等级).
 * The tables of each level are the defaults; an event may set its own places and upgrade bands,
 * including an upgrade of two levels (越级晋升). Skill levels count down: 1 高级技师 … 5 初级工.
 */
public record HonourPolicy(int mayDayPlaces, int technicalExpertPlaces, List<Upgrade> upgrades) {

    /** The most levels one upgrade may jump (越级晋升: two). */
    public static final int MAX_LEVELS = 2;

    /**
     * Places {@code fromPlace}–{@code toPlace} are recommended for an upgrade: to
     * {@code targetSkillLevel} if below it, or ({@code targetSkillLevel} null) by {@code levels}
     * levels above the entrant's own, never above 1 (高级技师).
     */
    public record Upgrade(int fromPlace, int toPlace, Integer targetSkillLevel, Integer levels) {

        public Upgrade {
            if (fromPlace < 1 || toPlace < fromPlace) {
                throw new IllegalArgumentException("an upgrade band runs from place 1 or later to a place not before it");
            }
            if ((targetSkillLevel == null) == (levels == null)) {
                throw new IllegalArgumentException("an upgrade band has a target skill level or a number of levels, not both");
            }
            if (targetSkillLevel != null && (targetSkillLevel < 1 || targetSkillLevel > 5)) {
                throw new IllegalArgumentException("skill levels are 1 to 5, not " + targetSkillLevel);
            }
            if (levels != null && (levels < 1 || levels > MAX_LEVELS)) {
                throw new IllegalArgumentException("an upgrade is 1 or " + MAX_LEVELS + " levels, not " + levels);
            }
        }

        /** Up to a fixed skill level, as the level tables say it (e.g. national top 5 → 技师). */
        public Upgrade(int fromPlace, int toPlace, int targetSkillLevel) {
            this(fromPlace, toPlace, targetSkillLevel, null);
        }

        /** The level an entrant at {@code currentSkillLevel} is recommended for, or null if none (at or above the target already). */
        Integer targetFor(int currentSkillLevel) {
            int target = targetSkillLevel != null ? targetSkillLevel : Math.max(1, currentSkillLevel - levels);
            return currentSkillLevel > target ? target : null;
        }

        boolean covers(int place) {
            return place >= fromPlace && place <= toPlace;
        }
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

    /**
     * The table of an event: the settings it has ({@code null}, or a null field: the level's table
     * for that part; an empty upgrade list: no upgrades).
     */
    public static HonourPolicy of(Level level, HonourSettings settings) {
        HonourPolicy table = forLevel(level);
        if (settings == null) {
            return table;
        }
        return new HonourPolicy(
                settings.mayDayPlaces() == null ? table.mayDayPlaces() : settings.mayDayPlaces(),
                settings.technicalExpertPlaces() == null ? table.technicalExpertPlaces() : settings.technicalExpertPlaces(),
                settings.upgrades() == null ? table.upgrades() : settings.upgrades().stream()
                        .map(u -> new Upgrade(u.fromPlace(), u.toPlace(), u.targetSkillLevel(), u.levels())).toList());
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
                Integer target = u.covers(place) ? u.targetFor(currentSkillLevel) : null;
                if (target != null) {
                    result.add(new Recommendation(HonourKind.SKILL_LEVEL_UPGRADE, target));
                    break;
                }
            }
        }
        return result;
    }
}
