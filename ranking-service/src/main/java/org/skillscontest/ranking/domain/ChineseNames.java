package org.skillscontest.ranking.domain;

import java.time.LocalDate;
import org.skillscontest.contracts.Award;
import org.skillscontest.contracts.EntrantStatus;
import org.skillscontest.contracts.Level;
import org.skillscontest.contracts.ResultsState;

/** How the results page (成绩公示) names awards, levels and entrants who take no place for people, in Chinese. */
public final class ChineseNames {

    private ChineseNames() {
    }

    public static String award(Award award) {
        return award == null ? "" : switch (award) {
            case GOLD -> "金奖";
            case SILVER -> "银奖";
            case BRONZE -> "铜奖";
            case EXCELLENCE -> "优胜奖";
        };
    }

    /** Empty for a competing entrant. */
    public static String status(EntrantStatus status) {
        return status == null ? "" : switch (status) {
            case COMPETING -> "";
            case WITHDRAWN -> "退赛";
            case DISQUALIFIED -> "取消资格";
        };
    }

    public static String level(Level level) {
        return level == null ? "" : switch (level) {
            case CITY -> "市级";
            case PROVINCIAL -> "省级";
            case NATIONAL -> "全国";
        };
    }

    /**
     * The state of the results for the page: 公示中 with the period's days, or 已公示 (final); the
     * last day ends at 24:00 China time. {@code firstDay}/{@code lastDay} are null with no period.
     */
    public static String publicity(ResultsState state, LocalDate firstDay, LocalDate lastDay) {
        if (state == null) {
            return null;
        }
        if (firstDay == null) {
            return state == ResultsState.FINAL ? "已公示 · 最终成绩（不设公示期）" : "公示中";
        }
        String period = "公示期 " + date(firstDay) + "至" + date(lastDay);
        return state == ResultsState.PROVISIONAL ? "公示中 · " + period + "24时（北京时间）"
                : "已公示 · 最终成绩（" + period + "）";
    }

    private static String date(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
