package org.skillscontest.contracts;

/** Competition level. Entrants advance CITY → PROVINCIAL → NATIONAL; the national level promotes no further. */
public enum Level {
    CITY, PROVINCIAL, NATIONAL;

    /** The level one step up, or null for NATIONAL. */
    public Level next() {
        return this == NATIONAL ? null : values()[ordinal() + 1];
    }
}
