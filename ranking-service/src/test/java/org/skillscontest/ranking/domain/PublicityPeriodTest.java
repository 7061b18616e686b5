package org.skillscontest.ranking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The publicity period in China's days: the day of ranking is not counted, the last day ends at
 * 24:00 China time, which is 16:00 UTC; the date turns at 00:00 China time (16:00 UTC the day before).
 */
class PublicityPeriodTest {

    /** ranked at (UTC), days → first day, last day, ends at (UTC). */
    @ParameterizedTest
    @CsvSource({
            // 10:00 in China on 10 May: 11–15 May, over at 00:00 on 16 May in China
            "2027-05-10T02:00:00Z, 5, 2027-05-11, 2027-05-15, 2027-05-15T16:00:00Z",
            // 23:59:59 in China on 10 May is still 10 May there
            "2027-05-10T15:59:59Z, 5, 2027-05-11, 2027-05-15, 2027-05-15T16:00:00Z",
            // 00:00 in China on 11 May (16:00 UTC on 10 May): a day later, though the UTC date is the same
            "2027-05-10T16:00:00Z, 5, 2027-05-12, 2027-05-16, 2027-05-16T16:00:00Z",
            // 07:59 UTC on 11 May is 15:59 in China on 11 May: a UTC date would agree here, not above
            "2027-05-11T07:59:00Z, 1, 2027-05-12, 2027-05-12, 2027-05-12T16:00:00Z",
            // across the end of a month and of a year
            "2027-04-29T20:00:00Z, 3, 2027-05-01, 2027-05-03, 2027-05-03T16:00:00Z",
            "2027-12-30T01:00:00Z, 5, 2027-12-31, 2028-01-04, 2028-01-04T16:00:00Z",
            // 2028 is a leap year
            "2028-02-27T01:00:00Z, 2, 2028-02-28, 2028-02-29, 2028-02-29T16:00:00Z",
            "2027-05-10T02:00:00Z, 60, 2027-05-11, 2027-07-09, 2027-07-09T16:00:00Z",
    })
    void daysAreChinasDaysFromTheDayAfterTheRanking(Instant ranked, int days, LocalDate first, LocalDate last, Instant endsAt) {
        PublicityPeriod period = new PublicityPeriod(ranked, days);
        assertThat(period.firstDay()).isEqualTo(first);
        assertThat(period.lastDay()).isEqualTo(last);
        assertThat(period.endsAt()).isEqualTo(endsAt);
    }

    @Test
    void openUntilTheEndOfTheLastDayInChinaAndNotAMomentLonger() {
        PublicityPeriod period = new PublicityPeriod(Instant.parse("2027-05-10T02:00:00Z"), 5);
        assertThat(period.isOpenAt(Instant.parse("2027-05-10T02:00:00Z"))).isTrue();   // the moment of ranking
        assertThat(period.isOpenAt(Instant.parse("2027-05-15T08:00:00Z"))).isTrue();   // 16:00 on the last day in China
        assertThat(period.isOpenAt(Instant.parse("2027-05-15T15:59:59.999Z"))).isTrue(); // 23:59:59.999 in China
        assertThat(period.isOpenAt(Instant.parse("2027-05-15T16:00:00Z"))).isFalse();  // 00:00 on 16 May in China
        assertThat(period.isOpenAt(Instant.parse("2027-05-15T23:59:59Z"))).isFalse();  // still 15 May in UTC: over all the same
    }

    @Test
    void zeroDaysIsNoPeriodOverAtTheRanking() {
        Instant ranked = Instant.parse("2027-05-10T02:00:00Z");
        PublicityPeriod none = new PublicityPeriod(ranked, 0);
        assertThat(none.firstDay()).isNull();
        assertThat(none.lastDay()).isNull();
        assertThat(none.endsAt()).isEqualTo(ranked);
        assertThat(none.isOpenAt(ranked)).isFalse();
        assertThat(none.isOpenAt(ranked.minusSeconds(1))).isTrue(); // only before it existed
    }

    @Test
    void aPeriodHasZeroToSixtyDaysAndAStart() {
        Instant ranked = Instant.parse("2027-05-10T02:00:00Z");
        assertThatThrownBy(() -> new PublicityPeriod(ranked, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PublicityPeriod(ranked, 61)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PublicityPeriod(null, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new PublicityPeriod(ranked, PublicityPeriod.MAX_DAYS).days()).isEqualTo(60);
    }
}
