package org.skillscontest.ranking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The next level starts at midnight China time on its start date, not at 08:00 (midnight UTC). */
class NextLevelTest {

    private static final LocalDate STARTS_ON = LocalDate.of(2027, 5, 1);

    @Test
    void startsAtMidnightInChina() {
        assertThat(NextLevel.hasStarted(STARTS_ON, Instant.parse("2027-04-30T15:59:59Z"))).isFalse(); // 23:59:59 in China
        assertThat(NextLevel.hasStarted(STARTS_ON, Instant.parse("2027-04-30T16:00:00Z"))).isTrue();  // 00:00 on 1 May
        assertThat(NextLevel.hasStarted(STARTS_ON, Instant.parse("2027-05-01T07:59:59Z"))).isTrue();  // before 08:00: a UTC date said no
        assertThat(NextLevel.hasStarted(STARTS_ON, Instant.parse("2027-06-01T00:00:00Z"))).isTrue();
    }

    @Test
    void aLevelWithoutAStartDateHasNotStarted() {
        assertThat(NextLevel.hasStarted(null, Instant.parse("2027-06-01T00:00:00Z"))).isFalse();
    }

    @Test
    void theNotesSayWhatTheCorrectionWouldHaveChangedInBothLanguages() {
        assertThat(NextLevel.notAdded(2, "XJ-6")).contains("第2版", "XJ-6", "不再增补", "not added");
        assertThat(NextLevel.promotionStands(2, "XJ-6")).contains("第2版", "XJ-6", "晋级保留", "the promotion stands");
    }
}
