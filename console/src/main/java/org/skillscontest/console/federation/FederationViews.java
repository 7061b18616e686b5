package org.skillscontest.console.federation;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Small wording the federation pages share: times in China, awards, statuses, regions. */
public final class FederationViews {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private FederationViews() {
    }

    /** An instant as people in China read it, to the minute. */
    public static String chinaTime(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant.atZone(CHINA));
    }

    /**
     * Whether region {@code inner} lies in {@code outer} (行政区划代码: 100000 national, XX0000 a
     * province, XXYY00 a city), as registration decides who may enter a competition.
     */
    public static boolean regionContains(String outer, String inner) {
        if (outer == null || inner == null) {
            return false;
        }
        if (outer.equals("100000") || outer.equals(inner)) {
            return true;
        }
        if (inner.equals("100000")) {
            return false;
        }
        if (outer.endsWith("0000")) {
            return inner.startsWith(outer.substring(0, 2));
        }
        return outer.endsWith("00") && inner.startsWith(outer.substring(0, 4));
    }

    public static String awardLabel(String award) {
        if (award == null || award.isBlank() || award.equals("null")) {
            return "";
        }
        return switch (award) {
            case "GOLD" -> "金奖 Gold";
            case "SILVER" -> "银奖 Silver";
            case "BRONZE" -> "铜奖 Bronze";
            case "EXCELLENCE" -> "优秀奖 Excellence";
            default -> award;
        };
    }

    /** An entrant's status in registration (REGISTERED, WITHDRAWN) or in results (COMPETING, WITHDRAWN, DISQUALIFIED). */
    public static String statusLabel(String status) {
        if (status == null) {
            return "";
        }
        return switch (status) {
            case "REGISTERED" -> "已报名 Registered";
            case "WITHDRAWN" -> "已撤回 Withdrawn";
            case "COMPETING" -> "参赛 Competing";
            case "DISQUALIFIED" -> "取消资格 Disqualified";
            default -> status;
        };
    }

    public static String genderLabel(String gender) {
        return "M".equals(gender) ? "男" : "F".equals(gender) ? "女" : "";
    }
}
