package org.skillscontest.console.federation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.skillscontest.console.backend.Problem;
import org.skillscontest.console.backend.Registration.Batch;
import org.skillscontest.console.backend.Registration.BatchAnswer;
import org.skillscontest.console.backend.Registration.EntryRow;
import org.skillscontest.console.documents.Sheet;
import org.skillscontest.console.documents.SheetException;
import org.skillscontest.console.federation.EntrySheet.Column;
import org.skillscontest.console.federation.EntrySheet.Layout;
import org.skillscontest.console.federation.EntrySheet.Reading;

/**
 * What became of each row of an uploaded sheet, told by spreadsheet row and cell: added, already
 * registered (the intake's {@code already-entered}: a row of a sheet uploaded again, not an error),
 * or refused with every reason beside its cell ({@code C5 身份证号 ID number}). Rows the console could
 * not read were not sent and say so.
 */
public record UploadReport(String fileName, int rows, List<String> headers, List<String> ignoredHeaders,
                           List<Line> added, List<Line> alreadyRegistered, List<BadRow> bad) {

    /** A row registered now or before: its number, the name and the ID number's last four characters. */
    public record Line(int row, String name, String idNumberEnd) {
    }

    /** A row that was not registered: its cells (the bad ones marked) and why. */
    public record BadRow(int row, List<ShownCell> cells, List<Reason> reasons, boolean sent) {
    }

    /** A cell of a bad row as the page shows it: its reference, its column's name (for a phone, where the header is out of sight), its value. */
    public record ShownCell(String reference, String column, String value, boolean invalid) {
    }

    /**
     * One reason: where ({@code C5}, or the row when no cell is to blame), the column's name, the value
     * found, the reason in Chinese and the intake's own message and code (none when the console refused).
     */
    public record Reason(String where, String column, String value, String text, String intakeMessage, String code) {

        public boolean fromConsole() {
            return code == null;
        }
    }

    /** A sheet read and checked by the console: the rows to send, in the order of the batch, and the rows refused. */
    public record Submission(String fileName, Sheet sheet, Layout layout, List<Reading> readings) {

        public List<Reading> sent() {
            return readings.stream().filter(Reading::sendable).toList();
        }

        public Batch batch() {
            return new Batch(sent().stream().map(Reading::entry).toList());
        }
    }

    /** Reads the sheet's layout and every row; refuses a sheet without the columns the intake needs or without data rows. */
    public static Submission prepare(String fileName, Sheet sheet) throws SheetException {
        Layout layout = EntrySheet.layout(sheet);
        if (sheet.rows().isEmpty()) {
            throw new SheetException("表中没有选手：请从第 2 行起填写 The sheet holds no entrants: fill in from row 2 on.");
        }
        return new Submission(fileName, sheet, layout, sheet.rows().stream().map(r -> EntrySheet.read(layout, r)).toList());
    }

    /** The intake's answer to the batch, told row by row; {@code answer}'s indices are positions in {@link Submission#sent()}. */
    public static UploadReport of(Submission submission, BatchAnswer answer) {
        List<Reading> sent = submission.sent();
        Layout layout = submission.layout();
        Map<Integer, List<Problem.FieldError>> rejected = new HashMap<>();
        answer.rejected().forEach(r -> rejected.put(r.index(), r.errors()));
        Set<Integer> accepted = new HashSet<>();
        answer.accepted().forEach(a -> accepted.add(a.index()));

        List<Line> added = new ArrayList<>();
        List<Line> already = new ArrayList<>();
        List<BadRow> bad = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            Reading reading = sent.get(i);
            List<Problem.FieldError> errors = rejected.get(i);
            if (accepted.contains(i)) {
                added.add(line(reading));
            } else if (errors != null && errors.stream().anyMatch(e -> IntakeReasons.ALREADY_ENTERED.equals(e.code()))) {
                already.add(line(reading));
            } else if (errors != null) {
                bad.add(intakeRefused(layout, reading, errors, sent, i));
            }
        }
        submission.readings().stream().filter(r -> !r.sendable()).forEach(r -> bad.add(consoleRefused(layout, r)));
        bad.sort(Comparator.comparingInt(BadRow::row));
        return new UploadReport(submission.fileName(), submission.readings().size(),
                layout.present().stream().map(Column::label).toList(), layout.ignoredHeaders(), added, already, bad);
    }

    public int addedCount() {
        return added.size();
    }

    public int alreadyRegisteredCount() {
        return alreadyRegistered.size();
    }

    public int badCount() {
        return bad.size();
    }

    private static Line line(Reading reading) {
        EntryRow entry = reading.entry();
        String id = entry.idNumber() == null ? "" : entry.idNumber();
        return new Line(reading.row().number(), entry.name(), id.length() > 4 ? "…" + id.substring(id.length() - 4) : id);
    }

    private static BadRow intakeRefused(Layout layout, Reading reading, List<Problem.FieldError> errors, List<Reading> sent,
                                        int index) {
        Sheet.Row row = reading.row();
        List<Reason> reasons = new ArrayList<>();
        Set<Column> invalid = new HashSet<>();
        for (Problem.FieldError error : errors) {
            Optional<Column> column = Column.ofIntakeField(error.field()).filter(c -> layout.index(c) >= 0);
            String text = IntakeReasons.chinese(error.code(), column.orElse(null));
            if (IntakeReasons.DUPLICATE_IN_BATCH.equals(error.code())) {
                text = firstRowOf(reading, sent, index).map(r -> "与第 " + r + " 行是同一人 The same person as row " + r).orElse(text);
            }
            if (column.isPresent()) {
                int at = layout.index(column.get());
                invalid.add(column.get());
                reasons.add(new Reason(row.reference(at), column.get().label(), row.cell(at), text, error.message(), error.code()));
            } else {
                reasons.add(new Reason("第 " + row.number() + " 行 Row " + row.number(), null, null, text, error.message(), error.code()));
            }
        }
        return new BadRow(row.number(), cells(layout, row, invalid), reasons, true);
    }

    private static BadRow consoleRefused(Layout layout, Reading reading) {
        Set<Column> invalid = new HashSet<>();
        List<Reason> reasons = new ArrayList<>();
        for (EntrySheet.CellProblem p : reading.problems()) {
            invalid.add(p.column());
            reasons.add(new Reason(p.reference(), p.column().label(), p.value(), p.message(), null, null));
        }
        return new BadRow(reading.row().number(), cells(layout, reading.row(), invalid), reasons, false);
    }

    /** The row of the sheet where the same ID number was first sent (the intake names batch positions, people need rows). */
    private static Optional<Integer> firstRowOf(Reading reading, List<Reading> sent, int index) {
        String id = reading.entry().idNumber();
        for (int j = 0; j < index; j++) {
            if (id != null && id.equals(sent.get(j).entry().idNumber())) {
                return Optional.of(sent.get(j).row().number());
            }
        }
        return Optional.empty();
    }

    private static List<ShownCell> cells(Layout layout, Sheet.Row row, Set<Column> invalid) {
        return layout.present().stream()
                .map(c -> new ShownCell(row.reference(layout.index(c)), c.label(), row.cell(layout.index(c)), invalid.contains(c)))
                .toList();
    }
}
