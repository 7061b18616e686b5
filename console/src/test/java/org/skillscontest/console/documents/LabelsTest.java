package org.skillscontest.console.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LabelsTest {

    @Test
    void awardsAreNamedAsTheResultsPageNamesThem() {
        assertThat(Labels.award("GOLD")).isEqualTo("金奖");
        assertThat(Labels.award("SILVER")).isEqualTo("银奖");
        assertThat(Labels.award("BRONZE")).isEqualTo("铜奖");
        assertThat(Labels.award("EXCELLENCE")).isEqualTo("优胜奖");
        assertThat(Labels.award(null)).isEmpty();
    }

    @Test
    void certificatesDateInChineseNumerals() {
        assertThat(Labels.formalDate(LocalDate.of(2026, 5, 1))).isEqualTo("二〇二六年五月一日");
        assertThat(Labels.formalDate(LocalDate.of(2030, 10, 20))).isEqualTo("二〇三〇年十月二十日");
        assertThat(Labels.formalDate(LocalDate.of(2026, 12, 31))).isEqualTo("二〇二六年十二月三十一日");
        assertThat(Labels.formalDate(LocalDate.of(2026, 11, 15))).isEqualTo("二〇二六年十一月十五日");
        assertThat(Labels.date(LocalDate.of(2026, 5, 1))).isEqualTo("2026年5月1日");
    }

    @Test
    void statusSaysWhyAnEntrantHasNoPlace() {
        assertThat(Labels.status("COMPETING", null)).isEmpty();
        assertThat(Labels.status("WITHDRAWN", "因病")).isEqualTo("退赛：因病");
        assertThat(Labels.status("DISQUALIFIED", " ")).isEqualTo("取消资格");
        assertThat(Labels.promotionStatus("REVOKED")).isEqualTo("已撤销");
    }

    @Test
    void scoresPrintWithoutTrailingZeros() {
        assertThat(Labels.number(new BigDecimal("87.50"))).isEqualTo("87.5");
        assertThat(Labels.number(new BigDecimal("90.00"))).isEqualTo("90");
        assertThat(Labels.number(null)).isEmpty();
    }

    @Test
    void anEventIsNamedAsASentenceNamesIt() {
        assertThat(Labels.eventInSentence("焊工")).isEqualTo("焊工赛项");
        assertThat(Labels.eventInSentence("电工赛项")).isEqualTo("电工赛项");
    }
}
