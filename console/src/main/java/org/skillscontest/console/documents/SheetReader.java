package org.skillscontest.console.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads an uploaded sheet: Excel (.xlsx, its first worksheet) or CSV. A CSV saved by Chinese Excel is
 * GB18030 (GBK), not UTF-8: bytes that are not valid UTF-8 are read as GB18030. Every cell comes back
 * as the text a person sees (numbers without a trailing ".0", so that an ID number or a phone number
 * typed as a number stays whole). Blank rows are skipped; more than {@code maxRows} data rows is refused.
 */
public final class SheetReader {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private SheetReader() {
    }

    public static Sheet read(String fileName, byte[] content, int maxRows) throws SheetException {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (content.length == 0) {
            throw new SheetException("文件为空 The file is empty.");
        }
        if (name.endsWith(".xlsx") || isZip(content)) {
            return xlsx(content, maxRows);
        }
        if (name.endsWith(".csv") || name.endsWith(".txt") || name.isEmpty()) {
            return csv(text(content), maxRows);
        }
        throw new SheetException("请上传 .xlsx 或 .csv 文件 Upload an .xlsx or .csv file (an old .xls: save it as .xlsx first).");
    }

    private static boolean isZip(byte[] content) {
        return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static Sheet xlsx(byte[] content, int maxRows) throws SheetException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content))) {
            Collector sheet = new Collector(maxRows);
            try (var stream = workbook.getFirstSheet().openStream()) {
                for (Row row : (Iterable<Row>) stream::iterator) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < row.getCellCount(); i++) {
                        cells.add(text(row.getCell(i)));
                    }
                    sheet.add(row.getRowNum(), cells);
                }
            }
            return sheet.sheet();
        } catch (IOException | RuntimeException e) {
            throw new SheetException("无法读取此 Excel 文件 This Excel file cannot be read: " + e.getMessage(), e);
        }
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getValue() == null) {
            return "";
        }
        Object value = cell.getValue();
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        return cell.getText() == null ? String.valueOf(value).strip() : cell.getText().strip();
    }

    private static String text(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xff) == 0xEF && (content[1] & 0xff) == 0xBB && (content[2] & 0xff) == 0xBF ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, GB18030);
        }
    }

    private static Sheet csv(String text, int maxRows) throws SheetException {
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true)
                // empty lines are rows too, so that every row keeps the number Excel shows for it
                .setIgnoreEmptyLines(false).get().parse(new StringReader(text))) {
            Collector sheet = new Collector(maxRows);
            int number = 0;
            for (CSVRecord record : parser) {
                sheet.add(++number, record.stream().map(String::strip).toList());
            }
            return sheet.sheet();
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new SheetException("无法读取此 CSV 文件 This CSV file cannot be read: " + e.getMessage(), e);
        }
    }

    /** Rows as either format yields them: the first non-blank row is the header, blank rows are skipped, at most {@code maxRows}. */
    private static final class Collector {

        private final int maxRows;
        private List<String> headers;
        private final List<Sheet.Row> rows = new ArrayList<>();

        Collector(int maxRows) {
            this.maxRows = maxRows;
        }

        void add(int number, List<String> cells) throws SheetException {
            if (headers == null) {
                if (cells.stream().anyMatch(c -> !c.isBlank())) {
                    headers = cells;
                }
                return;
            }
            Sheet.Row data = new Sheet.Row(number, cells);
            if (!data.blank()) {
                rows.add(data);
                if (rows.size() > maxRows) {
                    throw new SheetException("行数超过上限 " + maxRows + " More than " + maxRows + " rows: split the sheet.");
                }
            }
        }

        Sheet sheet() throws SheetException {
            if (headers == null) {
                throw new SheetException("表格没有表头 The sheet has no header row.");
            }
            return new Sheet(headers, rows);
        }
    }
}
