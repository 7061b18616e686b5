package org.skillscontest.registration.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import org.skillscontest.contracts.CheckCharacters;

/**
 * A resident identity number (居民身份证号码, GB 11643): 6-digit region, 8-digit birth date,
 * 3-digit sequence whose last digit is odd for men and even for women, and a check character.
 */
public record IdNumber(String value, LocalDate birthDate, Gender gender) {


    /** Why a string is not a valid ID number; each has a stable code for clients. */
    public enum Defect {
        LENGTH("id-number-length", "must be 18 characters: 17 digits and a digit or X"),
        FORMAT("id-number-format", "must be 17 digits followed by a digit or X"),
        BIRTH_DATE("id-number-birth-date", "does not contain a real birth date"),
        CHECK_DIGIT("id-number-check-digit", "check character does not match (GB 11643)");

        public final String code;
        public final String message;

        Defect(String code, String message) {
            this.code = code;
            this.message = message;
        }
    }

    /**
     * Reads an ID number, or tells why it is not one. A lower-case x is accepted as X. {@code today}
     * is China's date (ChinaTime): a birth date after it is no birth date.
     */
    public static Result parse(String raw, LocalDate today) {
        if (raw == null || raw.length() != 18) {
            return Result.invalid(Defect.LENGTH);
        }
        String value = raw.toUpperCase();
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(value.charAt(i)) || value.charAt(i) > '9') {
                return Result.invalid(Defect.FORMAT);
            }
        }
        char check = value.charAt(17);
        if (!(check >= '0' && check <= '9') && check != 'X') {
            return Result.invalid(Defect.FORMAT);
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                    Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException e) {
            return Result.invalid(Defect.BIRTH_DATE);
        }
        if (birth.getYear() < 1900 || birth.isAfter(today)) {
            return Result.invalid(Defect.BIRTH_DATE);
        }
        if (checkCharacter(value.substring(0, 17)) != check) {
            return Result.invalid(Defect.CHECK_DIGIT);
        }
        Gender gender = (value.charAt(16) - '0') % 2 == 1 ? Gender.M : Gender.F;
        return new Result(new IdNumber(value, birth, gender), null);
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        return CheckCharacters.idNumber(first17);
    }

    /** The first 6 and last 4 characters, the rest masked: what events, logs and most answers carry. */
    public static String mask(String value) {
        return value.substring(0, 6) + "********" + value.substring(14);
    }

    public String masked() {
        return mask(value);
    }

    /** Age in whole years on the given day. */
    public int ageOn(LocalDate day) {
        return java.time.Period.between(birthDate, day).getYears();
    }

    public record Result(IdNumber idNumber, Defect defect) {

        static Result invalid(Defect defect) {
            return new Result(null, defect);
        }

        public Optional<IdNumber> valid() {
            return Optional.ofNullable(idNumber);
        }
    }
}
