package org.skillscontest.ranking.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.skillscontest.platform.time.ChinaTime;

/**
 * The publicity period (公示期) of an event's final-round results, in days counted in China
 * (Asia/Shanghai) as the Civil Code counts periods (民法典 第二百零一条, 第二百零三条): the day the
 * results are first ranked is not counted, the period runs from the next day, and its last day ends
 * at 24:00, i.e. 00:00 China time of the following day (16:00 UTC). Zero days: no period; the results
 * are final as soon as they are ranked. Statutory holidays do not extend it here.
 */
public record PublicityPeriod(Instant start, int days) {

    /** The longest period a competition may set. */
    public static final int MAX_DAYS = 60;

    public PublicityPeriod {
        if (start == null) {
            throw new IllegalArgumentException("a publicity period starts when results are ranked");
        }
        if (days < 0 || days > MAX_DAYS) {
            throw new IllegalArgumentException("a publicity period has 0 to " + MAX_DAYS + " days, not " + days);
        }
    }

    /** The first day counted, the day after the start in China; null without a period. */
    public LocalDate firstDay() {
        return days == 0 ? null : ChinaTime.dateOf(start).plusDays(1);
    }

    /** The last day counted, in China; null without a period. */
    public LocalDate lastDay() {
        return days == 0 ? null : ChinaTime.dateOf(start).plusDays(days);
    }

    /** When the period is over: the end of its last day in China; the start itself without a period. */
    public Instant endsAt() {
        return days == 0 ? start : lastDay().plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant();
    }

    /** Whether objections may still be lodged at {@code now}. */
    public boolean isOpenAt(Instant now) {
        return now.isBefore(endsAt());
    }
}
