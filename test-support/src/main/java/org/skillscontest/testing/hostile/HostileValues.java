package org.skillscontest.testing.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.skillscontest.contracts.CheckCharacters;

/**
 * The hostile values of each {@link Kind}, as rules: every value a service must refuse, derived from the
 * field's valid value where that makes the attack sharper (a valid ID number with its check digit off,
 * a valid name with a direction override inside).
 */
final class HostileValues {

    /** A value to put in place of a field's: its label, its JSON text, and whether it is refused while the body is read. */
    record Value(String label, String json, boolean whileReading) {
    }

    /** A path segment or query value: its label and its percent-encoded form. */
    record Segment(String label, String encoded) {
    }

    static final List<String> INJECTIONS = List.of("' OR '1'='1", "'; DROP TABLE entry;--", "${7*7}", "{{7*7}}", "{#for}",
            "<script>alert(1)</script>", "../../etc/passwd");

    static final int OVER_LONG = 10_000;
    /** Path segments and query values: beyond every bound, within the HTTP server's request-line limit. */
    static final int OVER_LONG_IN_URL = 1_000;

    private HostileValues() {
    }

    static List<Value> forField(Kind kind, JsonNode valid) {
        List<Value> values = new ArrayList<>();
        switch (kind) {
            case INTEGER -> {
                reading(values, "a fraction", "1.5");
                reading(values, "1e400", "1e400");
                reading(values, "2^63", "9223372036854775808");
                reading(values, "23 digits", "99999999999999999999999");
                reading(values, "\"NaN\"", "\"NaN\"");
                reading(values, "\"Infinity\"", "\"Infinity\"");
                reading(values, "a word", "\"abc\"");
                reading(values, "true", "true");
                wrongShapes(values);
                checked(values, "-1", "-1");
            }
            case DECIMAL -> {
                reading(values, "\"NaN\"", "\"NaN\"");
                reading(values, "\"-Infinity\"", "\"-Infinity\"");
                reading(values, "a word", "\"abc\"");
                reading(values, "true", "true");
                wrongShapes(values);
                checked(values, "-1", "-1");
                checked(values, "1e400", "1e400");
                checked(values, "1e-400", "1e-400");
                checked(values, "23 digits", "99999999999999999999999");
                checked(values, "three decimals", "1.125");
            }
            case BOOLEAN -> {
                reading(values, "\"yes\"", "\"yes\"");
                wrongShapes(values);
            }
            case ENUM -> {
                reading(values, "an unknown constant", "\"NOT_A_VALUE\"");
                reading(values, "an ordinal", "0");
                reading(values, "lower case", json(valid.asText().toLowerCase()));
                reading(values, "a zero-width space inside", json(valid.asText() + "\u200B"));
                wrongShapes(values);
            }
            case DATE -> {
                reading(values, "February 30", "\"2026-02-30\"");
                reading(values, "month 13", "\"2026-13-01\"");
                reading(values, "basic format", "\"20260501\"");
                reading(values, "a word", "\"tomorrow\"");
                wrongShapes(values);
                checked(values, "year 0", "\"0000-01-01\"");
                checked(values, "9999-12-31", "\"9999-12-31\"");
                checked(values, "year 1,000,000", "\"+1000000-01-01\"");
                checked(values, "year -1", "\"-0001-01-01\"");
                checked(values, "a number", "20260501");
            }
            case INSTANT -> {
                reading(values, "February 30", "\"2026-02-30T10:00:00Z\"");
                reading(values, "hour 25", "\"2026-05-01T25:00:00Z\"");
                reading(values, "a date only", "\"2026-05-01\"");
                reading(values, "a word", "\"soon\"");
                wrongShapes(values);
                checked(values, "year 0", "\"0000-01-01T00:00:00Z\"");
                checked(values, "9999-12-31", "\"9999-12-31T23:59:59Z\"");
                checked(values, "year 1,000,000,000", "\"+1000000000-01-01T00:00:00Z\"");
                checked(values, "year -1,000,000,000", "\"-1000000000-01-01T00:00:00Z\"");
                checked(values, "20 digits of seconds", "99999999999999999999");
                checked(values, "1e400 seconds", "1e400");
            }
            case LIST -> {
                reading(values, "an object", "{}");
                reading(values, "a string", "\"x\"");
                reading(values, "a number", "1");
            }
            case OBJECT -> {
                reading(values, "an array", "[]");
                reading(values, "a string", "\"x\"");
                reading(values, "a number", "1");
            }
            default -> {
                wrongShapes(values);
                if (kind == Kind.UUID) {
                    reading(values, "a number", "12");
                }
                for (Text t : texts(kind, valid.asText())) {
                    // no text but a UUID's own reads as a UUID
                    values.add(new Value(t.label, json(t.text), t.whileReading || kind == Kind.UUID));
                }
            }
        }
        return values;
    }

    /** Hostile keys for an object read as a map whose keys are of {@code kind}: JSON string literals. */
    static List<Value> forKey(Kind kind, String valid) {
        return texts(kind, valid).stream().map(t -> new Value("key " + t.label, json(t.text), t.whileReading)).toList();
    }

    /** Hostile path segments or query values of {@code kind}, percent-encoded. */
    static List<Segment> forSegment(Kind kind, String valid) {
        List<Segment> segments = new ArrayList<>();
        if (kind == Kind.INTEGER) {
            for (String n : List.of("-1", "1.5", "1e400", "99999999999999999999", "NaN", "abc")) {
                segments.add(new Segment(n, encode(n)));
            }
            return segments;
        }
        for (Text t : texts(kind, valid)) {
            if (!t.label.startsWith("a lone")) { // not UTF-8: its bytes are below
                String text = t.text.length() > OVER_LONG_IN_URL ? t.text.substring(0, OVER_LONG_IN_URL) : t.text;
                segments.add(new Segment(t.label, encode(text)));
            }
        }
        segments.add(new Segment("a lone surrogate's bytes (CESU-8)", "%ED%A0%80"));
        segments.add(new Segment("a byte that is not UTF-8", "%FF"));
        return segments;
    }

    private record Text(String label, String text, boolean whileReading) {
    }

    /** The hostile texts of a text kind, from the valid one. */
    private static List<Text> texts(Kind kind, String valid) {
        List<Text> texts = new ArrayList<>();
        String first = valid.isEmpty() ? "a" : valid.substring(0, valid.offsetByCodePoints(0, 1));
        String rest = valid.substring(first.length());
        texts.add(new Text("a lone high surrogate", valid + "\uD800", true));
        texts.add(new Text("a lone low surrogate", "\uDC00" + valid, true));
        texts.add(new Text("a NUL", first + "\u0000" + rest, true));
        texts.add(new Text(OVER_LONG + " characters", first.repeat(OVER_LONG), false));
        texts.add(new Text("a control character", first + "\u0007" + rest, false));
        if (kind != Kind.FREE_TEXT) {
            texts.add(new Text("a right-to-left override", first + "\u202E" + rest, false));
            texts.add(new Text("a left-to-right isolate", first + "\u2066" + rest + "\u2069", false));
            texts.add(new Text("a zero-width space", first + "\u200B" + rest, false));
            texts.add(new Text("a zero-width joiner", first + "\u200D" + rest, false));
            texts.add(new Text("a byte order mark", "\uFEFF" + valid, false));
            texts.add(new Text("a line break", first + "\n" + rest, false));
        }
        if (kind.isIdentifier()) {
            texts.add(new Text("a combining mark", valid + "\u0301", false));
            texts.add(new Text("full-width characters", fullWidth(valid), false));
            for (String injection : INJECTIONS) {
                texts.add(new Text("injection " + injection, injection, false));
            }
        }
        if (kind == Kind.ID_NUMBER && valid.length() == 18) {
            idNumberNearMisses(valid, texts);
        }
        if (kind == Kind.CREDIT_CODE && valid.length() == 18) {
            char check = valid.charAt(17);
            texts.add(new Text("check character off", valid.substring(0, 17) + (check == '0' ? '1' : '0'), false));
            texts.add(new Text("a letter GB 32100 leaves out (O)", "O" + valid.substring(1), false));
        }
        return texts;
    }

    /** A valid ID number with its check digit off; real check digits on birth dates that do not exist or cannot be. */
    private static void idNumberNearMisses(String valid, List<Text> texts) {
        char check = valid.charAt(17);
        texts.add(new Text("check digit off by one", valid.substring(0, 17) + (check == 'X' ? '0' : check == '9' ? 'X'
                : (char) (check + 1)), false));
        texts.add(new Text("17 characters", valid.substring(0, 17), false));
        texts.add(new Text("19 characters", valid + "1", false));
        texts.add(new Text("a letter inside", valid.substring(0, 6) + "A" + valid.substring(7), false));
        String region = valid.substring(0, 6);
        String sequence = valid.substring(14, 17);
        for (String[] birth : new String[][] {{"month 13", "19901301"}, {"day 32", "19900132"}, {"February 30", "19900230"},
                {"year 1899", "18991231"}, {"born next year", LocalDate.now().plusYears(1).format(DateTimeFormatter.BASIC_ISO_DATE)}}) {
            String first17 = region + birth[1] + sequence;
            texts.add(new Text("birth date " + birth[0] + " (check digit right)", first17 + CheckCharacters.idNumber(first17), false));
        }
    }

    private static String fullWidth(String valid) {
        StringBuilder wide = new StringBuilder();
        for (char c : valid.toCharArray()) {
            wide.append(c >= '!' && c <= '~' ? (char) (c - '!' + '\uFF01') : c);
        }
        return wide.toString();
    }

    private static void wrongShapes(List<Value> values) {
        reading(values, "an object", "{}");
        reading(values, "an array", "[]");
    }

    private static void reading(List<Value> values, String label, String json) {
        values.add(new Value(label, json, true));
    }

    private static void checked(List<Value> values, String label, String json) {
        values.add(new Value(label, json, false));
    }

    /** A JSON string literal: controls, and surrogate halves whether paired or not, as \\u escapes; other characters as they are. */
    static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c >= 0x20 && c != 0x7F && !Character.isSurrogate(c)) {
                out.append(c);
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.append('"').toString();
    }

    /** Percent-encodes the UTF-8 bytes of everything but RFC 3986's unreserved characters. */
    static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", (int) c));
            }
        }
        return out.toString();
    }
}
