package org.skillscontest.contracts;

/** 五一劳动奖章, 技术能手, 晋升技能等级. */
public enum HonourKind { MAY_DAY_MEDAL, TECHNICAL_EXPERT, SKILL_LEVEL_UPGRADE }
