package org.skillscontest.contracts;

/** An objection (异议) is OPEN until the chief judge rejects it or resolves it by a correction; both are final. */
public enum ObjectionState { OPEN, REJECTED, RESOLVED_BY_CORRECTION }
