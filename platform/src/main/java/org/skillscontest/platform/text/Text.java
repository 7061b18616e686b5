package org.skillscontest.platform.text;

/**
 * What text the services take in, as plain rules. No string at all may hold a lone surrogate (it is
 * not Unicode: PostgreSQL cannot encode it) or a NUL (PostgreSQL's text cannot hold it). A name, code,
 * judge id or ID number is one line of visible text: no control character, no bidirectional control
 * (which makes text read in another order than it is stored) and no zero-width character (which makes
 * two different strings look alike). Free text, such as a reason, may hold tabs and line breaks.
 */
public final class Text {

    /** The contract's code of a competition, event, round, module, federation or series. */
    public static final String CODE = "[A-Za-z0-9-]{1,64}";

    /** Why a string is refused; each has a stable code for clients. */
    public enum Defect {
        LONE_SURROGATE("lone-surrogate", "must be Unicode text (it holds a lone surrogate)"),
        NUL("nul", "must not contain the NUL character"),
        CONTROL("control-character", "must not contain control characters"),
        BIDI_CONTROL("bidi-control", "must not contain bidirectional control characters"),
        ZERO_WIDTH("zero-width", "must not contain zero-width characters");

        public final String code;
        public final String message;

        Defect(String code, String message) {
            this.code = code;
            this.message = message;
        }
    }

    private Text() {
    }

    /** Null when any service may store the string, otherwise why not: a lone surrogate or a NUL. */
    public static Defect unstorable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0) {
                return Defect.NUL;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return Defect.LONE_SURROGATE;
                }
                i++; // the pair's second half
            } else if (Character.isLowSurrogate(c)) {
                return Defect.LONE_SURROGATE;
            }
        }
        return null;
    }

    /** Null for one line of visible text (a name, code, judge id or ID number), otherwise the first defect. */
    public static Defect ofLine(String s) {
        return defectOf(s, false);
    }

    /** Null for free text (a reason): as a line, but tabs and line breaks are allowed. */
    public static Defect ofFreeText(String s) {
        return defectOf(s, true);
    }

    private static Defect defectOf(String s, boolean freeText) {
        Defect unstorable = unstorable(s);
        if (unstorable != null) {
            return unstorable;
        }
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.CONTROL && !(freeText && (cp == '\t' || cp == '\n' || cp == '\r'))) {
                return Defect.CONTROL;
            }
            if (isBidiControl(cp) && !freeText) {
                return Defect.BIDI_CONTROL;
            }
            if (isZeroWidth(cp) && !freeText) {
                return Defect.ZERO_WIDTH;
            }
        }
        return null;
    }

    /** Embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069) and the invisible direction marks. */
    static boolean isBidiControl(int cp) {
        return cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069
                || cp == 0x200E || cp == 0x200F || cp == 0x061C;
    }

    /** Zero-width space, non-joiner and joiner, the word joiner, and the byte order mark used as a zero-width no-break space. */
    static boolean isZeroWidth(int cp) {
        return cp >= 0x200B && cp <= 0x200D || cp == 0x2060 || cp == 0xFEFF;
    }
}
