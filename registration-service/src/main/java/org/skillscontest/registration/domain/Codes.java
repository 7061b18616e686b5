package org.skillscontest.registration.domain;

/** Value formats of the contract. */
public final class Codes {
    public static final String CODE = "[A-Za-z0-9-]{1,64}";
    public static final String REGION = "[1-9][0-9]{5}";

    private Codes() {
    }
}
