package org.skillscontest.console.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** Each workbook is written, then read back with fastexcel-reader as Excel would show it, and compared with what went in. */
class ResultsWorkbookTest {

    @Test
    void anEventsResultsReadBackCellByCellWithNumbersAsNumbers() throws IOException {
        EventResults results = Fixtures.results(12);
        byte[] xlsx = ResultsWorkbook.event(results);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<org.dhatim.fastexcel.reader.Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(org.dhatim.fastexcel.reader.Sheet::getName).containsExactly("焊工");
            List<Row> rows = sheets.get(0).read();
            assertThat(rows.get(0).getCell(0).getText())
                    .isEqualTo("2026年克拉玛依市职工职业技能大赛 · 焊工 成绩（公示中）");
            assertThat(texts(rows.get(1))).containsExactlyElementsOf(ResultsWorkbook.RESULT_HEADERS);
            assertThat(rows).hasSize(2 + results.placings().size());
            for (int i = 0; i < results.placings().size(); i++) {
                EventResults.Placing p = results.placings().get(i);
                Row row = rows.get(2 + i);
                assertNumber(row.getCell(0), p.place() == null ? null : BigDecimal.valueOf(p.place()));
                assertThat(row.getCell(1).getText()).isEqualTo(p.name());
                assertThat(row.getCell(2).getText()).isEqualTo(p.federation());
                assertNumber(row.getCell(3), p.theory());
                assertNumber(row.getCell(4), p.practical());
                assertNumber(row.getCell(5), p.total());
                assertThat(text(row, 6)).isEqualTo(Labels.award(p.award()));
                assertThat(text(row, 7)).isEqualTo(p.advanced() ? "晋级" : "");
                assertThat(text(row, 8)).isEqualTo(Labels.status(p.status(), p.statusReason()));
            }
            assertThat(text(rows.get(2), 6)).isEqualTo("金奖");
            assertThat(text(rows.get(2 + 12), 8)).isEqualTo("退赛：因病退赛");
            assertThat(text(rows.get(2 + 13), 8)).isEqualTo("取消资格：携带违禁物品");
        }
    }

    @Test
    void theTitleAndHeaderStayInViewAndTheHeaderIsBold() throws IOException {
        Map<String, String> parts = unzip(ResultsWorkbook.event(Fixtures.results(3)));
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        assertThat(sheet).containsPattern("<pane [^>]*ySplit=\"2\"[^>]*state=\"frozen\"");
        // the header cells' style points at a bold font; a data cell's does not
        String styles = parts.get("xl/styles.xml");
        assertThat(bold(styles, styleOf(sheet, "A2"))).as("A2 bold").isTrue();
        assertThat(bold(styles, styleOf(sheet, "I2"))).as("I2 bold").isTrue();
        assertThat(bold(styles, styleOf(sheet, "B3"))).as("B3 bold").isFalse();
        // printed: the title and header rows repeat on every page
        assertThat(parts.get("xl/workbook.xml")).contains("_xlnm.Print_Titles");
    }

    @Test
    void aCompetitionHasOneSheetPerEventNamedInChinese() throws IOException {
        EventResults welders = Fixtures.results(3);
        EventResults electricians = new EventResults(welders.competitionName(), "电工", 1, null, welders.placings().subList(0, 2));
        EventResults sameName = new EventResults(welders.competitionName(), "焊工", 1, null, List.of());
        byte[] xlsx = ResultsWorkbook.competition(List.of(welders, electricians, sameName));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<org.dhatim.fastexcel.reader.Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(org.dhatim.fastexcel.reader.Sheet::getName).containsExactly("焊工", "电工", "焊工 (2)");
            List<Row> electricianRows = sheets.get(1).read();
            assertThat(electricianRows.get(0).getCell(0).getText()).isEqualTo("2026年克拉玛依市职工职业技能大赛 · 电工 成绩");
            assertThat(electricianRows).hasSize(4);
            assertThat(electricianRows.get(3).getCell(1).getText()).isEqualTo(welders.placings().get(1).name());
            assertThat(sheets.get(2).read()).hasSize(2);
        }
    }

    @Test
    void aCompetitionWithNoRankedEventStillOpensInExcel() throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(ResultsWorkbook.competition(List.of())))) {
            assertThat(workbook.getFirstSheet().read().get(0).getCell(0).getText()).contains("暂无");
        }
    }

    @Test
    void thePromotionListReadsBackAsWritten() throws IOException {
        PromotionList list = new PromotionList("2026年克拉玛依市职工职业技能大赛", List.of(
                new PromotionList.Promotion("选手甲", "克拉玛依市总工会", "焊工", 1, new BigDecimal("88.25"), "GOLD",
                        "2026年新疆职工职业技能大赛", "焊工", "ACTIVE", null),
                new PromotionList.Promotion("选手乙", "独山子区总工会", "焊工", 2, new BigDecimal("85"), "SILVER",
                        "2026年新疆职工职业技能大赛", "焊工", "REVOKED", "更正后名次不再晋级")));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(ResultsWorkbook.promotions(list)))) {
            org.dhatim.fastexcel.reader.Sheet sheet = workbook.getFirstSheet();
            assertThat(sheet.getName()).isEqualTo("晋级名单");
            List<Row> rows = sheet.read();
            assertThat(rows.get(0).getCell(0).getText()).isEqualTo("2026年克拉玛依市职工职业技能大赛 · 晋级名单");
            assertThat(texts(rows.get(1))).containsExactlyElementsOf(ResultsWorkbook.PROMOTION_HEADERS);
            assertThat(rows).hasSize(4);
            for (int i = 0; i < 2; i++) {
                PromotionList.Promotion p = list.promotions().get(i);
                Row row = rows.get(2 + i);
                assertThat(row.getCell(0).getText()).isEqualTo(p.name());
                assertThat(row.getCell(1).getText()).isEqualTo(p.federation());
                assertThat(row.getCell(2).getText()).isEqualTo(p.fromEvent());
                assertNumber(row.getCell(3), BigDecimal.valueOf(p.place()));
                assertNumber(row.getCell(4), p.total());
                assertThat(row.getCell(5).getText()).isEqualTo(Labels.award(p.award()));
                assertThat(row.getCell(6).getText()).isEqualTo(p.toCompetition());
                assertThat(row.getCell(7).getText()).isEqualTo(p.toEvent());
                assertThat(row.getCell(8).getText()).isEqualTo(Labels.promotionStatus(p.status()));
            }
            assertThat(text(rows.get(3), 9)).isEqualTo("更正后名次不再晋级");
        }
    }

    @Test
    void sheetNamesAreOnesExcelAccepts() {
        Set<String> used = new HashSet<>();
        assertThat(ResultsWorkbook.sheetName("焊工/电焊[初赛]", used)).isEqualTo("焊工 电焊 初赛");
        assertThat(ResultsWorkbook.sheetName("  ", used)).isEqualTo("成绩");
        String long40 = "工".repeat(40);
        assertThat(ResultsWorkbook.sheetName(long40, used)).hasSize(31);
        assertThat(ResultsWorkbook.sheetName(long40, used)).isEqualTo("工".repeat(27) + " (2)");
        assertThat(ResultsWorkbook.sheetName("Welder", used)).isEqualTo("Welder");
        assertThat(ResultsWorkbook.sheetName("WELDER", used)).isEqualTo("WELDER (2)");
    }

    private static void assertNumber(Cell cell, BigDecimal expected) {
        if (expected == null) {
            assertThat(cell == null || cell.getType() == CellType.EMPTY).as("empty cell").isTrue();
            return;
        }
        assertThat(cell.getType()).as("type of %s", cell.getAddress()).isEqualTo(CellType.NUMBER);
        assertThat(cell.asNumber()).as("value of %s", cell.getAddress()).isEqualByComparingTo(expected);
    }

    private static String text(Row row, int column) {
        return row.getOptionalCell(column).map(Cell::getText).orElse("");
    }

    private static List<String> texts(Row row) {
        return row.stream().map(Cell::getText).toList();
    }

    private static Map<String, String> unzip(byte[] xlsx) throws IOException {
        // ZipFile, not ZipInputStream: the writer streams its entries with the sizes after the data
        Path file = Files.write(Files.createTempFile("results-", ".xlsx"), xlsx);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Map<String, String> parts = new HashMap<>();
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                parts.put(entry.getName(), new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
            }
            return parts;
        } finally {
            Files.delete(file);
        }
    }

    private static int styleOf(String sheet, String reference) {
        Matcher m = Pattern.compile("<c r=\"" + reference + "\"[^>]*?\\ss=\"(\\d+)\"").matcher(sheet);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** Whether cell style {@code xf} (cellXfs) uses a font with {@code <b/>}. */
    private static boolean bold(String styles, int xf) {
        List<String> fonts = elements(section(styles, "fonts"), "font");
        List<String> xfs = elements(section(styles, "cellXfs"), "xf");
        Matcher fontId = Pattern.compile("fontId=\"(\\d+)\"").matcher(xfs.get(xf));
        int font = fontId.find() ? Integer.parseInt(fontId.group(1)) : 0;
        return fonts.get(font).contains("<b/>") || fonts.get(font).contains("<b val=\"true\"/>");
    }

    private static String section(String xml, String name) {
        Matcher m = Pattern.compile("<" + name + "[ >].*?</" + name + ">", Pattern.DOTALL).matcher(xml);
        assertThat(m.find()).as(name).isTrue();
        return m.group();
    }

    private static List<String> elements(String xml, String name) {
        return Pattern.compile("<" + name + "(?:\\s[^>]*)?(?:/>|>.*?</" + name + ">)", Pattern.DOTALL).matcher(xml)
                .results().map(java.util.regex.MatchResult::group).toList();
    }
}
