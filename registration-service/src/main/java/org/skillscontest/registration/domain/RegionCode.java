package org.skillscontest.registration.domain;

/**
 * Administrative division codes (行政区划代码) form a tree by their digits: 650200 Karamay lies in
 * 650000 Xinjiang, and every code lies in 100000, the national level.
 */
public final class RegionCode {

    public static final String NATIONAL = "100000";

    private RegionCode() {
    }

    public static boolean isValid(String code) {
        return code != null && code.matches("[1-9][0-9]{5}");
    }

    /** Whether {@code inner} is {@code outer} or lies inside it. */
    public static boolean contains(String outer, String inner) {
        if (outer.equals(NATIONAL) || outer.equals(inner)) {
            return true;
        }
        if (inner.equals(NATIONAL)) {
            return false;
        }
        if (outer.endsWith("0000")) {
            return inner.startsWith(outer.substring(0, 2));
        }
        if (outer.endsWith("00")) {
            return inner.startsWith(outer.substring(0, 4));
        }
        return false;
    }
}
