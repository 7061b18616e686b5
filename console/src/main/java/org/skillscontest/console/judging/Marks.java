package org.skillscontest.console.judging;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How marks are written on the console's pages. */
final class Marks {

    /** scoring keeps marks as numeric(8, 2): a mark is stored with two decimals. */
    static final int STORED_SCALE = 2;

    private Marks() {
    }

    /** 60, 55.5: no trailing zeros, never an exponent. */
    static String plain(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** As scoring stores it: 55.50. */
    static String stored(BigDecimal value) {
        return value == null ? "" : value.setScale(STORED_SCALE, RoundingMode.HALF_UP).toPlainString();
    }

    /** A JSON number or string as a decimal, or null. */
    static BigDecimal decimal(com.fasterxml.jackson.databind.JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() || node.asText().isBlank() ? null : new BigDecimal(node.asText());
    }
}
