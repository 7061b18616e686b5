package org.skillscontest.ranking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.skillscontest.contracts.ResultsState;

/** How the results page states the publicity of results. */
class ChineseNamesTest {

    @Test
    void publicityIsStatedWithThePeriodsDays() {
        assertThat(ChineseNames.publicity(ResultsState.PROVISIONAL, LocalDate.of(2027, 5, 11), LocalDate.of(2027, 5, 15)))
                .isEqualTo("公示中 · 公示期 2027年5月11日至2027年5月15日24时（北京时间）");
        assertThat(ChineseNames.publicity(ResultsState.FINAL, LocalDate.of(2027, 5, 11), LocalDate.of(2027, 5, 15)))
                .isEqualTo("已公示 · 最终成绩（公示期 2027年5月11日至2027年5月15日）");
        assertThat(ChineseNames.publicity(ResultsState.FINAL, null, null)).isEqualTo("已公示 · 最终成绩（不设公示期）");
        assertThat(ChineseNames.publicity(null, null, null)).isNull();
    }
}
