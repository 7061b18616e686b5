package org.skillscontest.console.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Results and promotion lists as Excel workbooks (.xlsx): on each sheet a title row naming the
 * competition and event, a bold header row, both frozen and repeated on every printed page, then one
 * row per entrant. Places and scores are numbers, so that a spreadsheet sorts and sums them.
 */
public final class ResultsWorkbook {

    /** The columns of a results sheet, in order. */
    public static final List<String> RESULT_HEADERS = List.of("名次", "姓名", "工会", "理论", "实操", "总分", "奖项", "晋级", "状态");

    /** The columns of a promotion list, in order. */
    public static final List<String> PROMOTION_HEADERS =
            List.of("姓名", "工会", "赛项", "名次", "总分", "奖项", "晋级至竞赛", "晋级至赛项", "状态", "说明");

    private static final double[] RESULT_WIDTHS = {7, 14, 22, 9, 9, 9, 9, 7, 28};
    private static final double[] PROMOTION_WIDTHS = {14, 22, 16, 7, 9, 9, 30, 16, 9, 28};

    private ResultsWorkbook() {
    }

    /** One event's results on one sheet named for the event. */
    public static byte[] event(EventResults results) {
        return write(workbook -> results(workbook, new HashSet<>(), results));
    }

    /** A competition's results: one sheet per event, in the order given. */
    public static byte[] competition(List<EventResults> events) {
        return write(workbook -> {
            Set<String> used = new HashSet<>();
            if (events.isEmpty()) {
                // a workbook needs a sheet: say there is nothing yet rather than write a file Excel refuses
                title(workbook.newWorksheet("成绩"), "暂无已排名的赛项 No event ranked yet", RESULT_HEADERS, RESULT_WIDTHS);
            }
            for (EventResults results : events) {
                results(workbook, used, results);
            }
        });
    }

    /** The promotion list of a competition, on a sheet named 晋级名单. */
    public static byte[] promotions(PromotionList list) {
        return write(workbook -> {
            Worksheet sheet = workbook.newWorksheet("晋级名单");
            title(sheet, list.competitionName() + " · 晋级名单", PROMOTION_HEADERS, PROMOTION_WIDTHS);
            int row = 2;
            for (PromotionList.Promotion p : list.promotions()) {
                sheet.value(row, 0, p.name());
                sheet.value(row, 1, p.federation());
                sheet.value(row, 2, p.fromEvent());
                number(sheet, row, 3, p.place());
                number(sheet, row, 4, p.total());
                sheet.value(row, 5, Labels.award(p.award()));
                sheet.value(row, 6, p.toCompetition());
                sheet.value(row, 7, p.toEvent());
                sheet.value(row, 8, Labels.promotionStatus(p.status()));
                sheet.value(row, 9, p.revocationReason() == null ? "" : p.revocationReason());
                row++;
            }
        });
    }

    private static void results(Workbook workbook, Set<String> used, EventResults results) {
        Worksheet sheet = workbook.newWorksheet(sheetName(results.eventName(), used));
        String title = results.competitionName() + " · " + results.eventName() + " 成绩"
                + (results.publicity() == null || results.publicity().isBlank() ? "" : "（" + results.publicity() + "）");
        title(sheet, title, RESULT_HEADERS, RESULT_WIDTHS);
        int row = 2;
        for (EventResults.Placing p : results.placings()) {
            number(sheet, row, 0, p.place());
            sheet.value(row, 1, p.name());
            sheet.value(row, 2, p.federation());
            number(sheet, row, 3, p.theory());
            number(sheet, row, 4, p.practical());
            number(sheet, row, 5, p.total());
            sheet.value(row, 6, Labels.award(p.award()));
            sheet.value(row, 7, Labels.advanced(p.advanced()));
            sheet.value(row, 8, Labels.status(p.status(), p.statusReason()));
            row++;
        }
    }

    /** Row 1: the title across every column; row 2: the bold header; both stay in view and print on every page. */
    private static void title(Worksheet sheet, String title, List<String> headers, double[] widths) {
        sheet.value(0, 0, title);
        sheet.range(0, 0, 0, headers.size() - 1).merge();
        sheet.style(0, 0).bold().fontSize(14).set();
        sheet.rowHeight(0, 24);
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(1, c, headers.get(c));
            sheet.width(c, widths[c]);
        }
        sheet.range(1, 0, 1, headers.size() - 1).style().bold().fillColor("E8E8E8").set();
        sheet.freezePane(0, 2);
        sheet.repeatRows(0, 1);
    }

    private static void number(Worksheet sheet, int row, int column, Number value) {
        if (value != null) {
            sheet.value(row, column, value instanceof BigDecimal d ? d : value);
        }
    }

    /**
     * A name Excel accepts: at most 31 characters, none of {@code : \ / ? * [ ]}, not blank, and not
     * used by another sheet of the workbook (Excel compares them case-insensitively): 焊工, 焊工 (2), ….
     */
    static String sheetName(String wanted, Set<String> used) {
        String base = wanted == null ? "" : wanted.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
        base = base.replaceAll("^'+|'+$", "").strip();
        if (base.isEmpty()) {
            base = "成绩";
        }
        String name = cut(base, 31);
        for (int n = 2; used.contains(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = cut(base, 31 - suffix.length()) + suffix;
        }
        used.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    private static String cut(String text, int length) {
        return text.codePointCount(0, text.length()) <= length ? text : text.substring(0, text.offsetByCodePoints(0, length));
    }

    private interface Sheets {
        void fill(Workbook workbook) throws IOException;
    }

    private static byte[] write(Sheets sheets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "skills-contest console", "1.0");
            sheets.fill(workbook);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
