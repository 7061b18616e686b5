package org.skillscontest.contracts;

/** Final-round results are PROVISIONAL during their publicity period (公示期) and FINAL (已公示) after it. */
public enum ResultsState { PROVISIONAL, FINAL }
