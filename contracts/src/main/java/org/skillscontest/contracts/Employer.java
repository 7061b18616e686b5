package org.skillscontest.contracts;

/** The entrant's enterprise and its 18-character unified social credit code (统一社会信用代码). */
public record Employer(String name, String creditCode) {
}
