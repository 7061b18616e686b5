package org.skillscontest.console.judging;

import java.math.BigDecimal;

/**
 * One station's mark as the judge typed it on the marking page, with the time used (minutes and
 * seconds, optional). Checked against the module's maximum before anything is sent: the browser
 * checks the same (HTML min/max/step and marking.js), this is the check that holds without a script.
 */
public record MarkEntry(int station, String mark, String minutes, String seconds) {

    static final int MAX_MINUTES = 600;

    public MarkEntry {
        mark = trim(mark);
        minutes = trim(minutes);
        seconds = trim(seconds);
    }

    /** Nothing typed for this station: the judge marks it later. */
    public boolean blank() {
        return mark.isEmpty() && minutes.isEmpty() && seconds.isEmpty();
    }

    public Checked check(BigDecimal max) {
        if (blank()) {
            return new Checked(this, null, null, null);
        }
        if (mark.isEmpty()) {
            return new Checked(this, null, null, "没有分数 No mark for this time");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(mark);
        } catch (NumberFormatException e) {
            return new Checked(this, null, null, "请输入数字 Enter a number");
        }
        if (value.signum() < 0 || value.compareTo(max) > 0) {
            return new Checked(this, null, null, outOfRange(max));
        }
        if (value.stripTrailingZeros().scale() > Marks.STORED_SCALE) {
            return new Checked(this, null, null, "最多两位小数 At most 2 decimals");
        }
        Long time = null;
        if (!minutes.isEmpty() || !seconds.isEmpty()) {
            Integer m = whole(minutes, MAX_MINUTES);
            Integer s = whole(seconds, 59);
            if (m == null || s == null) {
                return new Checked(this, null, null, "用时：分 0–" + MAX_MINUTES + "，秒 0–59 Time used: minutes 0–" + MAX_MINUTES + ", seconds 0–59");
            }
            time = m * 60L + s;
        }
        return new Checked(this, value, time, null);
    }

    /** The same words as marking.js shows in the browser. */
    static String outOfRange(BigDecimal max) {
        String m = Marks.plain(max);
        return "超出范围 0–" + m + " Out of range 0–" + m;
    }

    /** A whole number from 0 to {@code max}; blank is 0; otherwise null. */
    private static Integer whole(String text, int max) {
        if (text.isEmpty()) {
            return 0;
        }
        try {
            int n = Integer.parseInt(text);
            return n < 0 || n > max ? null : n;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String trim(String text) {
        return text == null ? "" : text.strip();
    }

    /** The entry checked: a mark to send, nothing (blank), or what is wrong with it. */
    public record Checked(MarkEntry entry, BigDecimal value, Long timeUsedSeconds, String error) {

        public boolean toSend() {
            return error == null && value != null;
        }
    }
}
