package org.skillscontest.contracts;

/** COUNT: the award settings are numbers of places; RATIO: percentages of ranked entrants. */
public enum AwardMode { COUNT, RATIO }
