package org.skillscontest.contracts;

/**
 * The check characters of the two national codes an entry carries (docs/contract.md): the resident
 * ID number (GB 11643, 17 digits and a check digit 0–9 or X) and the unified social credit code
 * (GB 32100, 17 characters of a 31-character alphabet and a check character). One implementation for
 * whoever validates them (registration) and whoever makes valid ones (the demo, the benchmarks).
 */
public final class CheckCharacters {

    /** GB 32100's alphabet: digits and the capital letters without I, O, Z, S, V. */
    public static final String CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CheckCharacters() {
    }

    /** The check character of an ID number whose first 17 characters are these digits. */
    public static char idNumber(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK.charAt(sum % 11);
    }

    /** The check character of a credit code whose first 17 characters are these (from the alphabet). */
    public static char creditCode(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_CODE_ALPHABET.indexOf(first17.charAt(i)) * CREDIT_WEIGHTS[i];
        }
        return CREDIT_CODE_ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
