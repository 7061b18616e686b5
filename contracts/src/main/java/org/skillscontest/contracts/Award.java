package org.skillscontest.contracts;

/** 金奖 / 银奖 / 铜奖 (or 一/二/三等奖 by ratio) and 优胜奖. */
public enum Award { GOLD, SILVER, BRONZE, EXCELLENCE }
