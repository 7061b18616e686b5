package org.skillscontest.contracts;

/** Entrants tied at an advancement line (晋级名额的分界线): ALL advance, or NONE of the tied group does. */
public enum TiesAtLine { ALL, NONE }
