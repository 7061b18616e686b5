package org.skillscontest.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Dates as the competitions keep them: China's local date (Asia/Shanghai, UTC+8 all year). Every
 * date rule (age on a start date, a birth date not in the future, "the next level has started")
 * compares these, so the date turns at midnight China time, not at 08:00 (midnight UTC). Instants,
 * as the outbox and relay keep them, are the same in every zone.
 */
public final class ChinaTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ChinaTime() {
    }

    /** Today's date in China by this clock, whatever zone the clock carries. */
    public static LocalDate today(Clock clock) {
        return dateOf(clock.instant());
    }

    /** The date in China at this instant. */
    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
