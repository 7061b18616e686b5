package org.skillscontest.console.federation;

import java.util.Map;

/**
 * The intake's error codes (registration's Screening, IdNumber, CreditCode, Bean Validation and
 * Eligibility) in the words a clerk reads; the intake's own English message is shown beside them.
 */
final class IntakeReasons {

    /** The intake's code for "this person has already entered this event" (Eligibility). */
    static final String ALREADY_ENTERED = "already-entered";
    /** The same person twice in one batch (Screening). */
    static final String DUPLICATE_IN_BATCH = "duplicate-in-batch";

    private static final Map<String, String> CHINESE = Map.ofEntries(
            Map.entry("id-number-length", "身份证号应为 18 位"),
            Map.entry("id-number-format", "身份证号应为 17 位数字加 1 位数字或 X"),
            Map.entry("id-number-birth-date", "身份证号中的出生日期不存在"),
            Map.entry("id-number-check-digit", "身份证号校验位不正确，请核对"),
            Map.entry("credit-code-length", "统一社会信用代码应为 18 位"),
            Map.entry("credit-code-format", "统一社会信用代码含有不允许的字符（不用 I、O、Z、S、V）"),
            Map.entry("credit-code-check-character", "统一社会信用代码校验位不正确，请核对"),
            Map.entry("gender-mismatch", "性别与身份证号不符"),
            Map.entry("not-blank", "必填，不能为空"),
            Map.entry("not-null", "必填，不能为空"),
            Map.entry("pattern", "格式不正确"),
            Map.entry("size", "太长"),
            Map.entry("min", "应为 1–5"),
            Map.entry("max", "应为 1–5"),
            Map.entry("too-young", "未达到最低参赛年龄"),
            Map.entry("retirement-age", "已达到退休年龄"),
            Map.entry("too-many-events", "已报名本竞赛的其他赛项"),
            Map.entry(ALREADY_ENTERED, "已报名本赛项"),
            Map.entry(DUPLICATE_IN_BATCH, "表中重复：同一人出现两次"),
            Map.entry("outside-jurisdiction", "本工会不在该竞赛的地区范围内"),
            Map.entry("registration-closed", "报名已截止"),
            Map.entry("event-full", "赛项名额已满"),
            Map.entry("missing", "空行"));

    private IntakeReasons() {
    }

    /** The Chinese words for a code, or null for a code this console does not know (the intake's message then stands alone). */
    static String chinese(String code, EntrySheet.Column column) {
        if (("pattern".equals(code)) && column == EntrySheet.Column.PHONE) {
            return "手机号码格式不正确";
        }
        return code == null ? null : CHINESE.get(code);
    }
}
