package org.skillscontest.console.documents;

import java.util.List;

/**
 * A spreadsheet as people fill it in: a header row, then data rows. Each row keeps the number the
 * spreadsheet shows (the header is row 1), so that an error can be shown beside the very cell.
 */
public record Sheet(List<String> headers, List<Row> rows) {

    public Sheet {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** The column of a header (trimmed, case-insensitive; any of several names), or -1. */
    public int column(String... names) {
        for (int i = 0; i < headers.size(); i++) {
            for (String name : names) {
                if (headers.get(i).strip().equalsIgnoreCase(name.strip())) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** One data row: its number in the spreadsheet and its cells as text (blank cells as ""). */
    public record Row(int number, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        public String cell(int column) {
            return column < 0 || column >= cells.size() ? "" : cells.get(column);
        }

        /** The cell's reference as the spreadsheet names it: column letters and row number, e.g. {@code C5}. */
        public String reference(int column) {
            return columnLetters(column) + number;
        }

        public boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** 0 → A, 25 → Z, 26 → AA. */
    public static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column; c >= 0; c = c / 26 - 1) {
            letters.insert(0, (char) ('A' + c % 26));
        }
        return letters.toString();
    }
}
