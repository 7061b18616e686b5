package org.skillscontest.contracts;

/**
 * When an event's advancing entrants are promoted: at once, while the results are still PROVISIONAL
 * (公示中; the default, and the behaviour before 公示 existed), or only once they are FINAL.
 */
public enum PromoteWhen { PROVISIONAL, FINAL }
