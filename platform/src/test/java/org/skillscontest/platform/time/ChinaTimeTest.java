package org.skillscontest.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The date turns at midnight China time (16:00 UTC), whatever zone the clock carries. */
class ChinaTimeTest {

    @Test
    void theDateTurnsAtMidnightInChinaNotAtMidnightUtc() {
        assertThat(ChinaTime.dateOf(Instant.parse("2026-05-01T15:59:59Z"))).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(ChinaTime.dateOf(Instant.parse("2026-05-01T16:00:00Z"))).isEqualTo(LocalDate.of(2026, 5, 2));
        assertThat(ChinaTime.dateOf(Instant.parse("2026-05-01T23:59:59Z"))).isEqualTo(LocalDate.of(2026, 5, 2));
    }

    @Test
    void aClockInAnotherZoneGivesChinasDateToo() {
        Clock utc = Clock.fixed(Instant.parse("2026-04-30T16:30:00Z"), ZoneOffset.UTC);
        assertThat(ChinaTime.today(utc)).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(LocalDate.now(utc)).isEqualTo(LocalDate.of(2026, 4, 30)); // what a UTC date rule would have said
    }
}
