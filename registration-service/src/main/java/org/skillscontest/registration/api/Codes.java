package org.skillscontest.registration.api;

/** Value formats of the contract. */
final class Codes {
    static final String CODE = "[A-Za-z0-9-]{1,64}";
    static final String REGION = "[1-9][0-9]{5}";

    private Codes() {
    }
}
