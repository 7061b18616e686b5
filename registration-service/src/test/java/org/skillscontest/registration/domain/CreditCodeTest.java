package org.skillscontest.registration.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.skillscontest.registration.domain.CreditCode.Defect;

class CreditCodeTest {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    static final String VALID = "91350100M000100Y43";

    // each check character computed by hand: 31 - (Σ alphabet index × weight mod 31), 31 → 0
    @ParameterizedTest
    @ValueSource(strings = {
            VALID,
            "91110108551385082Q",
            "91440300708461136T",
            "914403001922038216",
            "913501000000000240", // Σ mod 31 = 0: check 31 wraps to 0
            "91350100000000014Y", // check value 30, the last letter of the alphabet
    })
    void knownValidCodes(String code) {
        assertThat(CreditCode.defectOf(code)).isNull();
        assertThat(CreditCode.checkCharacter(code.substring(0, 17))).isEqualTo(code.charAt(17));
    }

    @Test
    void lowerCaseIsAccepted() {
        assertThat(CreditCode.defectOf("91110108551385082q")).isNull();
        assertThat(CreditCode.defectOf("91350100m000100y43")).isNull();
    }

    @Test
    void alphabetIsGb32100s() {
        assertThat(CreditCode.ALPHABET).isEqualTo(ALPHABET).hasSize(31).doesNotContain("I", "O", "Z", "S", "V");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"91350100M000100Y4", "91350100M000100Y430", "350100000000000", " 91350100M000100Y43"})
    void length(String raw) {
        assertThat(CreditCode.defectOf(raw)).isEqualTo(Defect.LENGTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "91350100I000100Y43", "91350100O000100Y43", "91350100Z000100Y43", "91350100S000100Y43",
            "91350100V000100Y43", "91350100i000100Y43", "91350100M000100YI3", "91350100M000100Y4O",
            "91350100-000100Y43", "91350100 000100Y43", "91350100M000100Y4\uFF13",
            // U+FB00 'ﬀ' upper-cases to the two letters "FF": 18 chars in, 19 after upper-casing
            "\uFB00350100M000100Y4H3",
    })
    void format(String raw) {
        assertThat(CreditCode.defectOf(raw)).isEqualTo(Defect.FORMAT);
    }

    @Test
    void everyCharacterOutsideTheAlphabetIsRefusedInEveryPlace() {
        String valid = "91350100M000100Y43";
        for (char c = Character.MIN_VALUE; c < Character.MAX_VALUE; c++) {
            String upper = String.valueOf(c).toUpperCase();
            if (upper.length() == 1 && CreditCode.ALPHABET.indexOf(upper.charAt(0)) >= 0) {
                continue; // a character of the alphabet, or its lower case
            }
            for (int at = 0; at < 18; at++) {
                String raw = valid.substring(0, at) + c + valid.substring(at + 1);
                assertThat(CreditCode.defectOf(raw)).as("U+%04X at %d", (int) c, at).isEqualTo(Defect.FORMAT);
            }
        }
    }

    @Test
    void wrongCheckCharacters() {
        // often quoted as an example, but its check character computes to 6, not 5
        assertThat(CreditCode.defectOf("911100001000128955")).isEqualTo(Defect.CHECK_CHARACTER);
        assertThat(CreditCode.checkCharacter("91110000100012895")).isEqualTo('6');
        for (char c : ALPHABET.toCharArray()) {
            if (c != '3') {
                assertThat(CreditCode.defectOf(VALID.substring(0, 17) + c)).isEqualTo(Defect.CHECK_CHARACTER);
            }
        }
    }

    @Test
    void everySingleCharacterSubstitutionIsCaught() {
        // weights are nonzero mod 31 (a prime), so any one changed character changes the check
        for (int position = 0; position < 17; position++) {
            for (char c : ALPHABET.toCharArray()) {
                if (c != VALID.charAt(position)) {
                    String changed = VALID.substring(0, position) + c + VALID.substring(position + 1);
                    assertThat(CreditCode.defectOf(changed)).as(changed).isEqualTo(Defect.CHECK_CHARACTER);
                }
            }
        }
    }

    @Test
    void defectsHaveStableCodes() {
        assertThat(Defect.LENGTH.code).isEqualTo("credit-code-length");
        assertThat(Defect.FORMAT.code).isEqualTo("credit-code-format");
        assertThat(Defect.CHECK_CHARACTER.code).isEqualTo("credit-code-check-character");
    }
}
