package org.skillscontest.contracts;

/** How an entry came to be: submitted by a federation, or registered by promotion from the level below. */
public enum Origin { DIRECT, PROMOTED }
