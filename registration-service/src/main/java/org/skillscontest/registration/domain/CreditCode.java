package org.skillscontest.registration.domain;

import org.skillscontest.contracts.CheckCharacters;

/**
 * A unified social credit code (统一社会信用代码, GB 32100): 18 characters from a 31-character
 * alphabet (no I, O, Z, S, V), the last one a check character over the first 17.
 */
public final class CreditCode {

    static final String ALPHABET = CheckCharacters.CREDIT_CODE_ALPHABET;

    /** Why a string is not a valid credit code. */
    public enum Defect {
        LENGTH("credit-code-length", "must be 18 characters"),
        FORMAT("credit-code-format", "may contain only digits and the letters of GB 32100 (no I, O, Z, S, V)"),
        CHECK_CHARACTER("credit-code-check-character", "check character does not match (GB 32100)");

        public final String code;
        public final String message;

        Defect(String code, String message) {
            this.code = code;
            this.message = message;
        }
    }

    private CreditCode() {
    }

    /** Null when valid, otherwise the first defect found. */
    public static Defect defectOf(String raw) {
        if (raw == null || raw.length() != 18) {
            return Defect.LENGTH;
        }
        String value = raw.toUpperCase();
        if (value.length() != 18) {
            return Defect.FORMAT; // a character such as 'ﬀ' upper-cases to two letters
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(value.charAt(i)) < 0) {
                return Defect.FORMAT;
            }
        }
        return checkCharacter(value.substring(0, 17)) == value.charAt(17) ? null : Defect.CHECK_CHARACTER;
    }

    /** The check character for the first 17 characters. */
    public static char checkCharacter(String first17) {
        return CheckCharacters.creditCode(first17);
    }
}
