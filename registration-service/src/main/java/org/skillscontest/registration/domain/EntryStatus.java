package org.skillscontest.registration.domain;

public enum EntryStatus { REGISTERED, WITHDRAWN }
