package org.skillscontest.console.organising;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * What a typed value becomes in a request. The services are the ones who judge input: a value the
 * console cannot read as a number is sent as typed, and the service's refusal names the field.
 */
final class Typed {

    /** China Standard Time: registration closes at a time in China (contract: instants with offset). */
    static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private Typed() {
    }

    /** Blank → null; digits → a number; anything else as typed, for the service to refuse. */
    static Object number(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String value = typed.strip();
        try {
            BigDecimal number = new BigDecimal(value);
            return number.scale() <= 0 && number.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0
                    ? (Object) number.intValueExact() : number;
        } catch (NumberFormatException | ArithmeticException e) {
            return value;
        }
    }

    /** Blank → null, else stripped. */
    static String text(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    /**
     * A date-time input's value ({@code 2026-05-01T18:00}) read as China's time and sent as an instant
     * ({@code 2026-05-01T10:00:00Z}); blank → null; unreadable → as typed.
     */
    static String chinaTime(String typed) {
        String value = text(typed);
        if (value == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(value).atOffset(CHINA).toInstant().toString();
        } catch (DateTimeParseException e) {
            return value;
        }
    }
}
