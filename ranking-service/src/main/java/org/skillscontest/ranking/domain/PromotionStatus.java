package org.skillscontest.ranking.domain;

public enum PromotionStatus { ACTIVE, REVOKED }
