package org.skillscontest.registration.domain;

/** As the ID number's 17th digit says: odd M, even F. */
public enum Gender { M, F }
