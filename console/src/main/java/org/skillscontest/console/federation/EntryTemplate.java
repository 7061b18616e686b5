package org.skillscontest.console.federation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.skillscontest.console.federation.EntrySheet.Column;
import org.skillscontest.contracts.CheckCharacters;

/**
 * The entry template (报名表模板) as an Excel workbook. The first worksheet, the one uploads read, holds
 * only the header row: nothing a clerk forgets to delete can be registered by mistake. The second
 * worksheet, 填写说明, explains each column and shows an example row under a line saying it is an
 * example and is not read. ID number, phone and credit code columns are formatted as text, so Excel
 * keeps all 18 characters and leading zeros as typed instead of turning them into a rounded number.
 */
public final class EntryTemplate {

    /** What the browser offers to save it as (RFC 5987's {@code filename*}), and the plain-ASCII name for old clients. */
    public static final String FILE_NAME = "报名表模板.xlsx";
    public static final String ASCII_FILE_NAME = "entry-template.xlsx";
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final String ENTRIES_SHEET = "报名表 Entries";
    static final String INSTRUCTIONS_SHEET = "填写说明 Instructions";

    /** Rows the first worksheet's drop-downs (gender, level) reach: the intake's whole batch. */
    private static final int LAST_ROW = EntrySheet.MAX_ROWS;

    private EntryTemplate() {
    }

    /** An example row that is valid throughout (check characters computed), so that it shows a correct entry. */
    static List<String> example() {
        String id17 = "65020319900315123";
        String credit17 = "91650200MA7XK0Q0D";
        return List.of("张三（示例）", id17 + CheckCharacters.idNumber(id17), "男", "13900000000", "克拉玛依石化有限公司",
                credit17 + CheckCharacters.creditCode(credit17), "3");
    }

    public static byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out);
        return out.toByteArray();
    }

    public static void write(OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "skills-contest console", "1.0");
            Column[] columns = Column.values();
            Worksheet entries = workbook.newWorksheet(ENTRIES_SHEET);
            for (int c = 0; c < columns.length; c++) {
                entries.value(0, c, columns[c].header());
                entries.width(c, columns[c] == Column.ID_NUMBER || columns[c] == Column.CREDIT_CODE ? 24
                        : columns[c] == Column.EMPLOYER ? 30 : 16);
                if (columns[c].text()) {
                    entries.style(c).format("@").set();
                }
            }
            entries.range(0, 0, 0, columns.length - 1).style().bold().fillColor("FCE4D6").wrapText(true).set();
            entries.freezePane(0, 1);
            int gender = List.of(columns).indexOf(Column.GENDER);
            entries.range(1, gender, LAST_ROW, gender).validateWithListByFormula("\"男,女\"")
                    .allowBlank(true).errorStyle(DataValidationErrorStyle.WARNING).showErrorMessage(true)
                    .errorTitle("性别 Gender").error("男 或 女，可不填 男 or 女, or blank");
            int level = List.of(columns).indexOf(Column.SKILL_LEVEL);
            entries.range(1, level, LAST_ROW, level).validateWithListByFormula("\"1,2,3,4,5\"")
                    .allowBlank(true).errorStyle(DataValidationErrorStyle.WARNING).showErrorMessage(true)
                    .errorTitle("技能等级 Skill level").error("1 高级技师 … 5 初级工");

            Worksheet help = workbook.newWorksheet(INSTRUCTIONS_SHEET);
            help.value(0, 0, "请在第一个工作表「" + ENTRIES_SHEET + "」中填写，每行一名选手；上传时只读取第一个工作表。");
            help.value(1, 0, "Fill in the first worksheet, one entrant a row; an upload reads the first worksheet only.");
            help.range(0, 0, 1, 0).style().bold().set();
            help.value(3, 0, "列 Column");
            help.value(3, 1, "必填 Required");
            help.value(3, 2, "说明 How to fill");
            help.range(3, 0, 3, 2).style().bold().fillColor("FCE4D6").set();
            for (int c = 0; c < columns.length; c++) {
                help.value(4 + c, 0, columns[c].label());
                help.value(4 + c, 1, columns[c] == Column.GENDER || columns[c] == Column.PHONE ? "否 No" : "是 Yes");
                help.value(4 + c, 2, columns[c].note());
            }
            int exampleAt = 5 + columns.length;
            help.value(exampleAt, 0, "示例（仅供参考，不会被读取）Example (for reference only, never read):");
            help.style(exampleAt, 0).bold().fontColor("B3261E").set();
            List<String> example = example();
            for (int c = 0; c < columns.length; c++) {
                help.value(exampleAt + 1, c, columns[c].header());
                help.value(exampleAt + 2, c, example.get(c));
                if (columns[c].text()) {
                    help.style(exampleAt + 2, c).format("@").set();
                }
            }
            help.range(exampleAt + 1, 0, exampleAt + 1, columns.length - 1).style().bold().set();
            help.range(exampleAt + 2, 0, exampleAt + 2, columns.length - 1).style().italic().fontColor("57606A").set();
            help.width(0, 30);
            help.width(1, 24);
            help.width(2, 60);
            for (int c = 3; c < columns.length; c++) {
                help.width(c, 24);
            }
            workbook.setActiveTab(0);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
