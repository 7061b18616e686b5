package org.skillscontest.platform.problem;

/** One input error: the field (JSON path such as {@code entries[3].idNumber}), a stable code, a message for people. */
public record FieldError(String field, String code, String message) {
}
