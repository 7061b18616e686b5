package org.skillscontest.contracts;

import java.util.UUID;

/**
 * {@code ranking.honour-recommended.v1}, keyed by personId: a title or skill-level upgrade that the
 * honours office or the skill-certification system acts on. {@code targetSkillLevel} is set for
 * SKILL_LEVEL_UPGRADE only.
 */
public record HonourRecommended(UUID honourId, UUID personId, HonourKind kind, Level level, String competition,
                                String event, int place, Integer targetSkillLevel) {
}
