package org.skillscontest.console.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.skillscontest.console.backend.Registration.Employer;
import org.skillscontest.console.backend.Registration.EntryRow;
import org.skillscontest.console.documents.Sheet;
import org.skillscontest.console.documents.SheetException;
import org.skillscontest.console.documents.SheetReader;
import org.skillscontest.console.federation.EntrySheet.Column;
import org.skillscontest.contracts.CheckCharacters;

class EntrySheetTest {

    @Test
    void theTemplateReadBackHasTheHeadersAndNoDataRows() throws Exception {
        Sheet sheet = SheetReader.read(EntryTemplate.FILE_NAME, EntryTemplate.bytes(), EntrySheet.MAX_ROWS);
        assertThat(sheet.headers()).containsExactly(Arrays.stream(Column.values()).map(Column::header).toArray(String[]::new));
        assertThat(sheet.headers()).containsExactly("姓名 Name", "身份证号 ID number", "性别 Gender (选填 optional)",
                "手机 Phone (选填 optional)", "工作单位 Employer", "统一社会信用代码 Employer credit code", "现有技能等级 Current skill level");
        assertThat(sheet.rows()).as("the example lives on the second worksheet, never read").isEmpty();
        EntrySheet.Layout layout = EntrySheet.layout(sheet);
        assertThat(layout.present()).containsExactly(Column.values());
        assertThat(layout.ignoredHeaders()).isEmpty();
    }

    @Test
    void theTemplateFormatsIdNumberPhoneAndCreditCodeAsText() throws Exception {
        String sheet1 = zipEntry(EntryTemplate.bytes(), "xl/worksheets/sheet1.xml");
        String styles = zipEntry(EntryTemplate.bytes(), "xl/styles.xml");
        assertThat(styles).contains("formatCode=\"@\"");
        // columns B (ID number), D (phone), F (credit code) carry a column style; A, C, E, G do not
        for (Column c : Column.values()) {
            int n = c.ordinal() + 1;
            String col = "<col min=\"" + n + "\" max=\"" + n + "\"";
            String declaration = sheet1.substring(sheet1.indexOf(col), sheet1.indexOf("/>", sheet1.indexOf(col)));
            assertThat(declaration.contains("style=")).as(c + ": " + declaration).isEqualTo(c.text());
        }
    }

    @Test
    void theTemplatesExampleIsOnTheSecondWorksheetMarkedAsAnExampleAndValid() throws Exception {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(EntryTemplate.bytes()))) {
            assertThat(wb.getSheets().map(s -> s.getName()).toList())
                    .containsExactly(EntryTemplate.ENTRIES_SHEET, EntryTemplate.INSTRUCTIONS_SHEET);
            List<Row> rows = wb.getSheet(1).orElseThrow().read();
            int marker = -1;
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).getCellText(0).startsWith("示例")) {
                    marker = i;
                }
            }
            assertThat(marker).as("a row saying the example is only an example").isPositive();
            Row header = rows.get(marker + 1);
            Row example = rows.get(marker + 2);
            assertThat(header.getCellText(1)).isEqualTo(Column.ID_NUMBER.header());
            String id = example.getCellText(1);
            assertThat(id).hasSize(18);
            assertThat(id.charAt(17)).isEqualTo(CheckCharacters.idNumber(id.substring(0, 17)));
            String credit = example.getCellText(5);
            assertThat(credit.charAt(17)).isEqualTo(CheckCharacters.creditCode(credit.substring(0, 17)));
            assertThat(example.getCellText(0)).contains("示例");
        }
    }

    @Test
    void rowsBecomeTheIntakesRowsWhateverExcelMadeOfTheCells() throws Exception {
        String id = "650203199001010011".substring(0, 17);
        String validId = id + CheckCharacters.idNumber(id);
        String idWithX = "11010519491231002X";
        byte[] xlsx = xlsx(ws -> {
            header(ws, Column.values());
            // typed as numbers: phone and level (Excel keeps up to 15 digits exactly)
            ws.value(1, 0, " 张三 ");
            ws.value(1, 1, validId);
            ws.value(1, 3, 13900001234L);
            ws.value(1, 4, "克拉玛依石化");
            ws.value(1, 5, "91650200 ma7xk0q0 dx");
            ws.value(1, 6, 3);
            // full-width digits, small x, gender in words, level by name
            ws.value(2, 0, "李四");
            ws.value(2, 1, "１１０１０５１９４９１２３１００２x");
            ws.value(2, 2, "女");
            ws.value(2, 3, "１３９００００５６７８");
            ws.value(2, 4, "独山子石化");
            ws.value(2, 5, "91650200MA7XK0Q0DX");
            ws.value(2, 6, "高级技师");
        });
        Sheet sheet = SheetReader.read("e.xlsx", xlsx, 10);
        EntrySheet.Layout layout = EntrySheet.layout(sheet);
        EntrySheet.Reading first = EntrySheet.read(layout, sheet.rows().get(0));
        assertThat(first.sendable()).isTrue();
        assertThat(first.entry()).isEqualTo(new EntryRow("张三", validId, null, "13900001234",
                new Employer("克拉玛依石化", "91650200MA7XK0Q0DX"), 3));
        EntrySheet.Reading second = EntrySheet.read(layout, sheet.rows().get(1));
        assertThat(second.entry()).isEqualTo(new EntryRow("李四", idWithX, "F", "13900005678",
                new Employer("独山子石化", "91650200MA7XK0Q0DX"), 1));
    }

    @Test
    void skillLevelsAndGendersAsPeopleWriteThem() {
        assertThat(List.of("3", "3.0", "３", "3级", "三级", "高级工", "三级/高级工", " 3 ").stream().map(EntrySheet::skillLevel))
                .containsOnly(3);
        assertThat(EntrySheet.skillLevel("技师")).isEqualTo(2);
        assertThat(EntrySheet.skillLevel("高级技师")).isEqualTo(1);
        assertThat(EntrySheet.skillLevel("初级工")).isEqualTo(5);
        assertThat(EntrySheet.skillLevel("7")).as("a whole number out of range goes on for the intake to refuse").isEqualTo(7);
        assertThat(EntrySheet.skillLevel("abc")).isNull();
        assertThat(EntrySheet.skillLevel("2.5")).isNull();
        assertThat(EntrySheet.gender("男")).isEqualTo("M");
        assertThat(EntrySheet.gender("F")).isEqualTo("F");
        assertThat(EntrySheet.gender("女性")).isEqualTo("F");
        assertThat(EntrySheet.gender("未知")).isNull();
    }

    @Test
    void aCellTheConsoleCannotReadKeepsItsRowBackWithTheCellNamed() throws Exception {
        Sheet sheet = SheetReader.read("e.csv", ("姓名,身份证号,性别,工作单位,统一社会信用代码,现有技能等级\n"
                + "王五,650203199001010011,X,单位,91650200MA7XK0Q0DX,abc\n").getBytes(StandardCharsets.UTF_8), 10);
        EntrySheet.Reading reading = EntrySheet.read(EntrySheet.layout(sheet), sheet.rows().get(0));
        assertThat(reading.sendable()).isFalse();
        assertThat(reading.entry()).isNull();
        assertThat(reading.problems()).extracting(EntrySheet.CellProblem::reference, EntrySheet.CellProblem::value,
                EntrySheet.CellProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple("C2", "X", Column.GENDER),
                org.assertj.core.groups.Tuple.tuple("F2", "abc", Column.SKILL_LEVEL));
    }

    @Test
    void blanksGoToTheIntakeAsMissingForItToJudge() throws Exception {
        Sheet sheet = SheetReader.read("e.csv", ("姓名,身份证号,工作单位,统一社会信用代码,现有技能等级\n"
                + ",650203199001010011,,,3\n").getBytes(StandardCharsets.UTF_8), 10);
        EntrySheet.Reading reading = EntrySheet.read(EntrySheet.layout(sheet), sheet.rows().get(0));
        assertThat(reading.sendable()).isTrue();
        assertThat(reading.entry()).isEqualTo(new EntryRow(null, "650203199001010011", null, null, new Employer(null, null), 3));
    }

    @Test
    void columnsAreFoundByTheirChineseOrEnglishNamesInAnyOrder() throws Exception {
        Sheet sheet = SheetReader.read("e.csv", ("Skill level,备注,ID Number,Name,手机号码,单位名称,信用代码（必填）,性别*\n"
                + "4,来自某车间,650203199001010011,Ma Li,13900000001,某厂,91650200MA7XK0Q0DX,M\n").getBytes(StandardCharsets.UTF_8), 10);
        EntrySheet.Layout layout = EntrySheet.layout(sheet);
        assertThat(layout.index(Column.SKILL_LEVEL)).isZero();
        assertThat(layout.index(Column.ID_NUMBER)).isEqualTo(2);
        assertThat(layout.index(Column.NAME)).isEqualTo(3);
        assertThat(layout.index(Column.PHONE)).isEqualTo(4);
        assertThat(layout.index(Column.EMPLOYER)).isEqualTo(5);
        assertThat(layout.index(Column.CREDIT_CODE)).isEqualTo(6);
        assertThat(layout.index(Column.GENDER)).isEqualTo(7);
        assertThat(layout.ignoredHeaders()).containsExactly("备注");
        assertThat(EntrySheet.read(layout, sheet.rows().get(0)).entry())
                .isEqualTo(new EntryRow("Ma Li", "650203199001010011", "M", "13900000001", new Employer("某厂", "91650200MA7XK0Q0DX"), 4));

        assertThat(Column.ID_NUMBER.named("身份证号码 (必填)")).isTrue();
        assertThat(Column.ID_NUMBER.named("ＩＤ　Ｎｕｍｂｅｒ")).isTrue();
        assertThat(Column.EMPLOYER.named("Employer credit code")).isFalse();
        assertThat(Column.CREDIT_CODE.named("统一社会信用代码 Employer credit code")).isTrue();
        assertThat(Column.SKILL_LEVEL.named("现有技能等级 Current skill level (1–5)")).isTrue();
    }

    @Test
    void aSheetWithoutARequiredColumnIsRefusedNamingIt() throws Exception {
        Sheet sheet = SheetReader.read("e.csv", "姓名,手机,工作单位\n张三,139,某厂\n".getBytes(StandardCharsets.UTF_8), 10);
        assertThatThrownBy(() -> EntrySheet.layout(sheet)).isInstanceOf(SheetException.class)
                .hasMessageContaining("身份证号 ID number").hasMessageContaining("统一社会信用代码 Employer credit code")
                .hasMessageContaining("现有技能等级 Current skill level").hasMessageNotContaining("性别");
    }

    @Test
    void intakeErrorFieldsNameTheirColumns() {
        assertThat(Column.ofIntakeField("entries[3].idNumber")).contains(Column.ID_NUMBER);
        assertThat(Column.ofIntakeField("idNumber")).contains(Column.ID_NUMBER);
        assertThat(Column.ofIntakeField("employer.creditCode")).contains(Column.CREDIT_CODE);
        assertThat(Column.ofIntakeField("entries[0].employer.name")).contains(Column.EMPLOYER);
        assertThat(Column.ofIntakeField("employer")).contains(Column.EMPLOYER);
        assertThat(Column.ofIntakeField("currentSkillLevel")).contains(Column.SKILL_LEVEL);
        assertThat(Column.ofIntakeField("event")).isEmpty();
        assertThat(Column.ofIntakeField(null)).isEmpty();
    }

    static void header(Worksheet ws, Column... columns) {
        for (int c = 0; c < columns.length; c++) {
            ws.value(0, c, columns[c].header());
        }
    }

    interface Fill {
        void into(Worksheet ws) throws IOException;
    }

    static byte[] xlsx(Fill fill) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        fill.into(wb.newWorksheet("Sheet1"));
        wb.finish();
        return out.toByteArray();
    }

    private static String zipEntry(byte[] zip, String name) throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("template", ".xlsx");
        try {
            java.nio.file.Files.write(file, zip);
            try (ZipFile workbook = new ZipFile(file.toFile())) {
                ZipEntry entry = workbook.getEntry(name);
                assertThat(entry).as(name).isNotNull();
                return new String(workbook.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
    }
}
