package org.skillscontest.registration.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.skillscontest.registration.domain.IdNumber.Defect;

class IdNumberTest {

    /** China's date the checks run on (fixed: the rule takes today as an argument). */
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    /** A number with the given first 17 digits and its correct check character, so only the tested defect remains. */
    static String withCheck(String first17) {
        return first17 + IdNumber.checkCharacter(first17);
    }

    static String born(LocalDate date) {
        return withCheck("650202" + date.format(DateTimeFormatter.BASIC_ISO_DATE) + "001");
    }

    static Defect defectOf(String raw) {
        IdNumber.Result result = IdNumber.parse(raw, TODAY);
        assertThat(result.valid()).as("%s is invalid", raw).isEmpty();
        return result.defect();
    }

    @ParameterizedTest
    @CsvSource({
            // check characters verified by hand: Σ digit × weight mod 11 → "10X98765432"
            "11010519491231002X, 1949-12-31, F",
            "110101199003074477, 1990-03-07, M",
            "110101199003070011, 1990-03-07, M",
            "11010119900307002X, 1990-03-07, F",
    })
    void knownValidNumbers(String value, LocalDate birthDate, Gender gender) {
        IdNumber.Result result = IdNumber.parse(value, TODAY);
        assertThat(result.defect()).isNull();
        assertThat(result.valid()).contains(new IdNumber(value, birthDate, gender));
        assertThat(IdNumber.checkCharacter(value.substring(0, 17))).isEqualTo(value.charAt(17));
    }

    @Test
    void realFormatNumberBornBefore1900HasARightCheckDigitButIsRejected() {
        // the 1900 floor of the birth-date rule wins over a correct check character
        assertThat(IdNumber.checkCharacter("44052418800101001")).isEqualTo('4');
        assertThat(defectOf("440524188001010014")).isEqualTo(Defect.BIRTH_DATE);
    }

    @Test
    void lowerCaseXIsAcceptedAndStoredUpperCase() {
        assertThat(IdNumber.parse("11010519491231002x", TODAY).valid())
                .hasValueSatisfying(id -> assertThat(id.value()).isEqualTo("11010519491231002X"));
    }

    @ParameterizedTest
    @CsvSource({"0, F", "1, M", "2, F", "3, M", "4, F", "5, M", "6, F", "7, M", "8, F", "9, M"})
    void genderFromThe17thDigit(char digit, Gender gender) {
        assertThat(IdNumber.parse(withCheck("1101011990030700" + digit), TODAY).valid())
                .hasValueSatisfying(id -> assertThat(id.gender()).isEqualTo(gender));
    }

    @Test
    void maskKeepsFirstSixAndLastFour() {
        assertThat(IdNumber.mask("11010519491231002X")).isEqualTo("110105********002X");
        assertThat(IdNumber.parse("11010519491231002x", TODAY).valid().orElseThrow().masked()).isEqualTo("110105********002X");
        assertThat(IdNumber.mask("110101199003074477")).hasSize(18).matches("[0-9]{6}\\*{8}[0-9]{3}[0-9X]");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"1101051949123100", "11010519491231002", "11010519491231002X0", "110105491231002",
            " 11010519491231002X"})
    void length(String raw) {
        assertThat(defectOf(raw)).isEqualTo(Defect.LENGTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "1101051949123100AX", // letter among the 17 digits
            "X10105194912310020",
            "11010519491231002Y", // check character neither digit nor X
            "11010519491231002 ",
            "110105-94912310020",
            "11010519491231002\uFF11", // full-width digit: Character.isDigit, but not ASCII
            "1101051949123100\u0663X", // Arabic-Indic digit three
    })
    void format(String raw) {
        assertThat(defectOf(raw)).isEqualTo(Defect.FORMAT);
    }

    @Test
    void everyCharacterButAnAsciiDigitIsRefusedInEveryPlaceAndOnlyXBesidesInTheLast() {
        String valid = "11010519491231002X";
        for (char c = Character.MIN_VALUE; c < Character.MAX_VALUE; c++) {
            if (c >= '0' && c <= '9') {
                continue;
            }
            for (int at = 0; at < 18; at++) {
                if (at == 17 && (c == 'X' || c == 'x')) {
                    continue;
                }
                String raw = valid.substring(0, at) + c + valid.substring(at + 1);
                assertThat(IdNumber.parse(raw, TODAY).defect()).as("U+%04X at %d", (int) c, at).isEqualTo(Defect.FORMAT);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "19900230", // 30 February
            "19900229", // 29 February of a common year
            "19000229", // 1900 is not a leap year
            "19901301", // month 13
            "19900001", // month 0
            "19900100", // day 0
            "19900132", // day 32
            "19900431", // 31 April
            "18991231", // before 1900
            "00000101",
            "20990101", // in the future
    })
    void birthDate(String yyyymmdd) {
        assertThat(defectOf(withCheck("110105" + yyyymmdd + "002"))).isEqualTo(Defect.BIRTH_DATE);
    }

    @Test
    void birthDateBoundaries() {
        LocalDate today = TODAY;
        assertThat(IdNumber.parse(born(today), TODAY).valid()).isPresent();
        assertThat(defectOf(born(today.plusDays(1)))).isEqualTo(Defect.BIRTH_DATE);
        assertThat(IdNumber.parse(born(LocalDate.of(1900, 1, 1)), TODAY).valid()).isPresent();
        assertThat(IdNumber.parse(born(LocalDate.of(2000, 2, 29)), TODAY).valid()).isPresent();
        assertThat(IdNumber.parse(born(LocalDate.of(1996, 2, 29)), TODAY).valid()).isPresent();
    }

    @Test
    void someoneBornTodayInChinaIsBornAlreadyAtHalfPastMidnightChinaTime() {
        // 00:30 on 1 December in China is still 30 November in UTC
        java.time.Clock utc = java.time.Clock.fixed(java.time.Instant.parse("2026-11-30T16:30:00Z"), java.time.ZoneOffset.UTC);
        LocalDate chinaToday = org.skillscontest.platform.time.ChinaTime.today(utc);
        assertThat(IdNumber.parse(born(LocalDate.of(2026, 12, 1)), chinaToday).valid()).isPresent();
        assertThat(IdNumber.parse(born(LocalDate.of(2026, 12, 1)), LocalDate.now(utc)).valid()).isEmpty();
    }

    @Test
    void everyWrongCheckCharacterIsCaught() {
        String valid = "11010519491231002X";
        for (char c : "0123456789X".toCharArray()) {
            if (c != 'X') {
                assertThat(defectOf(valid.substring(0, 17) + c)).isEqualTo(Defect.CHECK_DIGIT);
            }
        }
    }

    @Test
    void everySingleDigitSubstitutionOutsideTheDateIsCaught() {
        // weights are nonzero mod 11 (a prime), so any one changed digit changes the check character
        String valid = "110101199003074477";
        int[] positions = {0, 1, 2, 3, 4, 5, 14, 15, 16};
        for (int position : positions) {
            for (char d = '0'; d <= '9'; d++) {
                if (d != valid.charAt(position)) {
                    String changed = valid.substring(0, position) + d + valid.substring(position + 1);
                    assertThat(defectOf(changed)).as(changed).isEqualTo(Defect.CHECK_DIGIT);
                }
            }
        }
    }

    @Test
    void transposedDigitsAreCaught() {
        assertThat(defectOf("11010519491231020X")).isEqualTo(Defect.CHECK_DIGIT);
        assertThat(defectOf("110101199003074747")).isEqualTo(Defect.CHECK_DIGIT);
    }

    @Test
    void defectsHaveStableCodes() {
        assertThat(Defect.LENGTH.code).isEqualTo("id-number-length");
        assertThat(Defect.FORMAT.code).isEqualTo("id-number-format");
        assertThat(Defect.BIRTH_DATE.code).isEqualTo("id-number-birth-date");
        assertThat(Defect.CHECK_DIGIT.code).isEqualTo("id-number-check-digit");
    }

    @Test
    void ageInWholeYears() {
        IdNumber id = IdNumber.parse(born(LocalDate.of(2010, 5, 1)), TODAY).valid().orElseThrow();
        assertThat(id.ageOn(LocalDate.of(2026, 4, 30))).isEqualTo(15);
        assertThat(id.ageOn(LocalDate.of(2026, 5, 1))).isEqualTo(16);
    }
}
