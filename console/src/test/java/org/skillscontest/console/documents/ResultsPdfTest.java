package org.skillscontest.console.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResultsPdfTest {

    @Test
    void everyPlaceIsPrintedWithTheHeaderOnEveryPage() {
        EventResults results = Fixtures.results(120);
        PdfFacts pdf = PdfFacts.of(ResultsPdf.build(Fixtures.font(), results, "导出于 2026年5月1日"));

        assertThat(pdf.landscape()).isFalse();
        assertThat(pdf.pages()).hasSizeGreaterThan(2);
        String all = String.join("\n", pdf.pages());
        for (EventResults.Placing p : results.placings()) {
            // each row's cells on one line, in the columns' order
            String line = all.lines().filter(l -> l.contains(p.name() + " ")).findFirst().orElseThrow(
                    () -> new AssertionError(p.name() + " is not in the PDF")).strip();
            assertThat(line).contains(Labels.number(p.total()), Labels.award(p.award()));
            if (p.place() != null) {
                assertThat(line).startsWith(String.valueOf(p.place()));
            }
        }
        for (int page = 1; page <= pdf.pages().size(); page++) {
            assertThat(pdf.compact(page)).as("page %d", page).contains("名次姓名工会理论实操总分奖项晋级状态", "第" + page + "页");
        }
        assertThat(pdf.compact(1)).contains("2026年克拉玛依市职工职业技能大赛", "焊工成绩", "第3版", "公示中", "导出于2026年5月1日");
        assertThat(all.replaceAll("\\s+", "")).contains("退赛：因病退赛", "取消资格：携带违禁物品");
        assertThat(pdf.fonts()).allSatisfy(font -> {
            assertThat(font.subset()).isTrue();
            assertThat(font.fontFile2()).isTrue();
        });
    }

    @Test
    void anEventWithNoPlacesSaysSo() {
        EventResults none = new EventResults("某竞赛", "电工", 1, null, java.util.List.of());
        PdfFacts pdf = PdfFacts.of(ResultsPdf.build(Fixtures.font(), none, null));
        assertThat(pdf.compact(1)).contains("暂无成绩");
    }
}
