package org.skillscontest.platform.logging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds resident ID numbers (居民身份证号, 18 characters, or the old 15 digits) and mainland mobile
 * numbers in free text and masks them as the APIs do: the ID number's region code and last four
 * characters stay ({@code 650102********123X}), the phone's first three and last four digits
 * ({@code 138****5678}). Plain Java, for whatever the services write to their logs.
 */
public final class PersonalData {

    // not inside a longer run of digits or letters: an offset, a hash or a UUID is not an ID number
    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])([1-9][0-9]{5})([0-9]{8})([0-9]{3}[0-9Xx])(?![0-9A-Za-z])|(?<![0-9A-Za-z])([1-9][0-9]{5})([0-9]{5})([0-9]{4})(?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])(\\+?86[ -]?)?(1[3-9][0-9])[ -]?([0-9]{4})[ -]?([0-9]{4})(?![0-9])");
    private static final Pattern DIGIT_RUN = Pattern.compile("[0-9]{11}|[0-9]{3}[ -][0-9]{4}[ -][0-9]{4}");

    private PersonalData() {
    }

    /** Whether {@code text} may hold a number worth masking (eleven digits in a row, or a spaced phone number). */
    public static boolean mayContain(String text) {
        return text != null && DIGIT_RUN.matcher(text).find();
    }

    /** {@code text} with every ID number and mobile number in it masked; the same text when there is none. */
    public static String mask(String text) {
        if (!mayContain(text)) {
            return text;
        }
        Matcher id = ID_NUMBER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (id.find()) {
            String masked = id.group(1) != null
                    ? id.group(1) + "*".repeat(id.group(2).length()) + id.group(3)
                    : id.group(4) + "*".repeat(id.group(5).length()) + id.group(6);
            id.appendReplacement(out, Matcher.quoteReplacement(masked));
        }
        id.appendTail(out);
        Matcher phone = MOBILE.matcher(out.toString());
        StringBuilder result = new StringBuilder();
        while (phone.find()) {
            String prefix = phone.group(1) == null ? "" : phone.group(1);
            phone.appendReplacement(result, Matcher.quoteReplacement(prefix + phone.group(2) + "****" + phone.group(4)));
        }
        phone.appendTail(result);
        return result.toString();
    }
}
