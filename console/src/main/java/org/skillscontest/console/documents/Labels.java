package org.skillscontest.console.documents;

import java.math.BigDecimal;
import java.time.LocalDate;

/** How the documents name the services' codes, numbers and dates for people, in Chinese (as the results page does). */
public final class Labels {

    private static final String[] DIGITS = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private Labels() {
    }

    /** 金奖 / 银奖 / 铜奖 / 优胜奖; empty for none. */
    public static String award(String award) {
        if (award == null) {
            return "";
        }
        return switch (award) {
            case "GOLD" -> "金奖";
            case "SILVER" -> "银奖";
            case "BRONZE" -> "铜奖";
            case "EXCELLENCE" -> "优胜奖";
            default -> award;
        };
    }

    /** Empty for a competing entrant; 退赛 / 取消资格 with the reason after a colon. */
    public static String status(String status, String reason) {
        String label = status == null ? "" : switch (status) {
            case "COMPETING" -> "";
            case "WITHDRAWN" -> "退赛";
            case "DISQUALIFIED" -> "取消资格";
            default -> status;
        };
        if (reason == null || reason.isBlank()) {
            return label;
        }
        return label.isEmpty() ? reason.strip() : label + "：" + reason.strip();
    }

    public static String advanced(boolean advanced) {
        return advanced ? "晋级" : "";
    }

    /** 有效 / 已撤销 / 已放弃 for a promotion's status. */
    public static String promotionStatus(String status) {
        if (status == null) {
            return "";
        }
        return switch (status) {
            case "ACTIVE" -> "有效";
            case "REVOKED" -> "已撤销";
            case "DECLINED" -> "已放弃";
            default -> status;
        };
    }

    /** A score as printed: no trailing zeros ({@code 87.50} → 87.5), empty for none. */
    public static String number(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }

    /** 2026年5月1日. */
    public static String date(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** The date as certificates write it, in Chinese numerals: 二〇二六年五月一日, 十二月三十一日. */
    public static String formalDate(LocalDate date) {
        StringBuilder year = new StringBuilder();
        for (char c : String.valueOf(date.getYear()).toCharArray()) {
            year.append(DIGITS[c - '0']);
        }
        return year + "年" + upTo31(date.getMonthValue()) + "月" + upTo31(date.getDayOfMonth()) + "日";
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 31 → 三十一. */
    static String upTo31(int n) {
        if (n < 10) {
            return DIGITS[n];
        }
        String tens = n / 10 == 1 ? "十" : DIGITS[n / 10] + "十";
        return n % 10 == 0 ? tens : tens + DIGITS[n % 10];
    }

    /** The event as a sentence names it: 焊工 → 焊工赛项 (a name that already says 赛项 or 项目 stays). */
    public static String eventInSentence(String eventName) {
        String name = eventName == null ? "" : eventName.strip();
        return name.endsWith("赛项") || name.endsWith("项目") ? name : name + "赛项";
    }
}
