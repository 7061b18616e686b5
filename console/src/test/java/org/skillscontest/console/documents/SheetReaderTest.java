package org.skillscontest.console.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

class SheetReaderTest {

    @Test
    void xlsxRowsKeepTheirSpreadsheetNumbersAndCellReferencesAndSkipBlankRows() throws Exception {
        byte[] xlsx = xlsx(ws -> {
            ws.value(0, 0, "姓名 Name");
            ws.value(0, 1, "身份证号 ID number");
            ws.value(0, 2, "手机 Phone");
            ws.value(1, 0, "张三");
            ws.value(1, 1, "650203199001010011");
            ws.value(1, 2, 13900001234L);          // typed as a number in Excel
            // row 3 left blank; row 4 has cells with nothing but spaces
            ws.value(3, 0, "  ");
            ws.value(4, 0, "李四");
            ws.value(4, 2, 3.0);
        });
        Sheet sheet = SheetReader.read("entries.xlsx", xlsx, 100);
        assertThat(sheet.headers()).containsExactly("姓名 Name", "身份证号 ID number", "手机 Phone");
        assertThat(sheet.rows()).extracting(Sheet.Row::number).containsExactly(2, 5);
        Sheet.Row first = sheet.rows().get(0);
        assertThat(first.cells()).containsExactly("张三", "650203199001010011", "13900001234");
        assertThat(first.reference(1)).isEqualTo("B2");
        Sheet.Row second = sheet.rows().get(1);
        assertThat(second.cell(1)).isEmpty();
        assertThat(second.cell(2)).isEqualTo("3");            // a number without a trailing ".0"
        assertThat(second.reference(2)).isEqualTo("C5");
        assertThat(second.cell(9)).isEmpty();                // past the row's last cell: blank, not an error
    }

    @Test
    void columnLettersGoPastZ() {
        assertThat(Sheet.columnLetters(0)).isEqualTo("A");
        assertThat(Sheet.columnLetters(25)).isEqualTo("Z");
        assertThat(Sheet.columnLetters(26)).isEqualTo("AA");
        assertThat(Sheet.columnLetters(27)).isEqualTo("AB");
        assertThat(Sheet.columnLetters(701)).isEqualTo("ZZ");
    }

    @Test
    void aUtf8CsvWithTheByteOrderMarkExcelWritesReadsItsFirstHeaderWhole() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "姓名,身份证号\n张三,650203199001010011\n".getBytes(StandardCharsets.UTF_8);
        byte[] csv = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, csv, 0, bom.length);
        System.arraycopy(text, 0, csv, bom.length, text.length);
        Sheet sheet = SheetReader.read("entries.csv", csv, 10);
        assertThat(sheet.headers()).containsExactly("姓名", "身份证号");
        assertThat(sheet.column("姓名")).isZero();
        assertThat(sheet.rows()).singleElement().satisfies(r -> {
            assertThat(r.number()).isEqualTo(2);
            assertThat(r.cells()).containsExactly("张三", "650203199001010011");
        });
    }

    @Test
    void aCsvSavedByChineseExcelIsGb18030() throws Exception {
        byte[] csv = "姓名,工作单位\n买买提·艾力,克拉玛依石化\n".getBytes(Charset.forName("GB18030"));
        Sheet sheet = SheetReader.read("报名表.csv", csv, 10);
        assertThat(sheet.headers()).containsExactly("姓名", "工作单位");
        assertThat(sheet.rows().get(0).cells()).containsExactly("买买提·艾力", "克拉玛依石化");
    }

    @Test
    void csvBlankRowsAreSkippedAndRowsKeepTheirLineNumbers() throws Exception {
        // line 1 empty, the header on line 2, a row of empty cells on 4 and an empty line 5: as Excel shows the file
        Sheet sheet = SheetReader.read("e.csv", "\n姓名,手机\n王五,139\n,\n\n赵六, 138 \n".getBytes(StandardCharsets.UTF_8), 10);
        assertThat(sheet.headers()).containsExactly("姓名", "手机");
        assertThat(sheet.rows()).extracting(Sheet.Row::number).containsExactly(3, 6);
        assertThat(sheet.rows().get(1).cells()).containsExactly("赵六", "138");
        assertThat(sheet.rows().get(1).reference(1)).isEqualTo("B6");
    }

    @Test
    void moreRowsThanAllowedAreRefusedWhole() throws Exception {
        StringBuilder csv = new StringBuilder("姓名\n");
        for (int i = 0; i < 4; i++) {
            csv.append("选手").append(i).append('\n');
        }
        assertThat(SheetReader.read("e.csv", csv.toString().getBytes(StandardCharsets.UTF_8), 4).rows()).hasSize(4);
        assertThatThrownBy(() -> SheetReader.read("e.csv", csv.toString().getBytes(StandardCharsets.UTF_8), 3))
                .isInstanceOf(SheetException.class).hasMessageContaining("3");
        byte[] xlsx = xlsx(ws -> {
            ws.value(0, 0, "姓名");
            for (int r = 1; r <= 4; r++) {
                ws.value(r, 0, "选手" + r);
            }
        });
        assertThatThrownBy(() -> SheetReader.read("e.xlsx", xlsx, 3)).isInstanceOf(SheetException.class);
    }

    @Test
    void whatIsNotASheetIsRefusedInWords() {
        assertThatThrownBy(() -> SheetReader.read("e.csv", new byte[0], 10)).isInstanceOf(SheetException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> SheetReader.read("old.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, 10))
                .isInstanceOf(SheetException.class).hasMessageContaining(".xlsx");
        assertThatThrownBy(() -> SheetReader.read("e.csv", "\n\n,,\n".getBytes(StandardCharsets.UTF_8), 10))
                .isInstanceOf(SheetException.class).hasMessageContaining("header");
    }

    interface Fill {
        void into(Worksheet ws) throws IOException;
    }

    static byte[] xlsx(Fill fill) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet("Sheet1");
        fill.into(ws);
        wb.finish();
        return out.toByteArray();
    }

}
