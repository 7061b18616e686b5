package org.skillscontest.testing.hostile;

/**
 * What a field, path segment, query or header parameter holds: the kind decides which hostile values
 * it gets ({@link HostileValues}).
 */
public enum Kind {
    /** A code of the contract ({@code [A-Za-z0-9-]{1,64}}): a competition, event, round, module, federation. */
    CODE,
    /** A person's or organisation's name, a label, a judge id: one line of visible text. */
    NAME,
    /** A resident identity number (GB 11643). */
    ID_NUMBER,
    PHONE,
    /** A unified social credit code (GB 32100). */
    CREDIT_CODE,
    /** A 6-digit administrative division code. */
    REGION,
    UUID,
    /** A whole number that is never negative: a level, count, place, weight, year, page. */
    INTEGER,
    /** A non-negative decimal with an upper bound and at most two decimals: a mark, score, weight, percentage. */
    DECIMAL,
    BOOLEAN,
    DATE,
    INSTANT,
    ENUM,
    /** Free text such as a reason: line breaks allowed, anything a person may write. */
    FREE_TEXT,
    LIST,
    OBJECT;

    /** Text whose every character is prescribed: what injection strings, look-alikes and combining marks must never pass. */
    boolean isIdentifier() {
        return this == CODE || this == ID_NUMBER || this == PHONE || this == CREDIT_CODE || this == REGION || this == UUID;
    }

    boolean isText() {
        return isIdentifier() || this == NAME || this == FREE_TEXT;
    }
}
