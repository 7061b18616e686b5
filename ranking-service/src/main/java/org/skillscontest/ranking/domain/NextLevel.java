package org.skillscontest.ranking.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.skillscontest.platform.time.ChinaTime;

/**
 * The rule for corrections once the next level has started (docs/domain.md, corrections after
 * publication): from its start date, in China's local date, nobody is added there or removed from
 * it; the standing records what the correction would have changed, in Chinese and English.
 */
public final class NextLevel {

    private NextLevel() {
    }

    /** Whether a competition starting on {@code startsOn} (null: not known yet) has started at {@code now}. */
    public static boolean hasStarted(LocalDate startsOn, Instant now) {
        return startsOn != null && !ChinaTime.dateOf(now).isBefore(startsOn);
    }

    /** The note of an entrant within the quota under {@code version} whom the started level {@code next} does not take. */
    public static String notAdded(int version, String next) {
        return "第" + version + "版成绩已排入晋级名额，但" + next + "已开始，不再增补"
                + " (within the quota under version " + version + ", but " + next + " had started: not added)";
    }

    /** The note of a promoted entrant no longer within the quota under {@code version} whose promotion stands. */
    public static String promotionStands(int version, String next) {
        return "第" + version + "版成绩已不在晋级名额内，但" + next + "已开始，晋级保留"
                + " (no longer within the quota under version " + version + ", but " + next + " had started: the promotion stands)";
    }
}
