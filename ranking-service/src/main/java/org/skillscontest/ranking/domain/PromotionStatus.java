package org.skillscontest.ranking.domain;

/** ACTIVE: holds; REVOKED: a correction took it away; DECLINED: the entrant withdrew before the next level started. */
public enum PromotionStatus { ACTIVE, REVOKED, DECLINED }
