package org.skillscontest.ranking.domain;

import org.skillscontest.contracts.Award;
import org.skillscontest.contracts.EntrantStatus;
import org.skillscontest.contracts.Level;

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
}
