package org.skillscontest.console.judging;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.skillscontest.console.documents.Sheet;
import org.skillscontest.console.documents.SheetException;

/**
 * Theory scores from an exam platform's export: a column naming the entrant (报名编号 entry id, or
 * 身份证号 ID number) and a column 理论成绩 with the score out of 100. Rows the console cannot even
 * send (no entrant, a score that is not a number) stop the upload with their sheet rows; the others go
 * to scoring's {@code …/theory/import}, whose per-row rejections are put back on their sheet rows.
 */
public final class TheorySheet {

    static final String[] ENTRY = {"报名编号", "entry id", "entryId", "entry_id"};
    static final String[] ID_NUMBER = {"身份证号", "身份证号码", "ID number", "idNumber", "id_number"};
    static final String[] SCORE = {"理论成绩", "score", "theory", "theory score", "成绩"};

    /** A row to import: the entrant by entry id or ID number (one of them), and the score. */
    public record ImportRow(int sheetRow, UUID entryId, String idNumber, BigDecimal score) {

        /** As scoring's ImportedScore reads it. */
        public Map<String, Object> json() {
            Map<String, Object> row = new LinkedHashMap<>();
            if (entryId != null) {
                row.put("entryId", entryId);
            } else {
                row.put("idNumber", idNumber);
            }
            row.put("score", score);
            return row;
        }
    }

    /** A row refused, by its number on the sheet and the cell at fault. */
    public record Rejection(int sheetRow, String cell, String reason) {
    }

    /** The sheet read: rows to send, or the rows that stop the upload. */
    public record Mapped(List<ImportRow> rows, List<Rejection> rejected) {

        public boolean sendable() {
            return rejected.isEmpty() && !rows.isEmpty();
        }
    }

    private final Sheet sheet;
    private final int entry;
    private final int idNumber;
    private final int score;

    private TheorySheet(Sheet sheet) throws SheetException {
        this.sheet = sheet;
        this.entry = sheet.column(ENTRY);
        this.idNumber = sheet.column(ID_NUMBER);
        this.score = sheet.column(SCORE);
        if (score < 0) {
            throw new SheetException("表格缺少「理论成绩」列 The sheet has no 理论成绩 (score) column; headers found: " + sheet.headers());
        }
        if (entry < 0 && idNumber < 0) {
            throw new SheetException("表格缺少「报名编号」或「身份证号」列 The sheet needs a 报名编号 (entry id) or 身份证号 (ID number) column.");
        }
    }

    public static TheorySheet of(Sheet sheet) throws SheetException {
        return new TheorySheet(sheet);
    }

    public Mapped map() {
        List<ImportRow> rows = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        for (Sheet.Row row : sheet.rows()) {
            String entryText = row.cell(entry);
            String idText = row.cell(idNumber).replace(" ", "").toUpperCase(Locale.ROOT);
            String scoreText = row.cell(score);
            UUID entryId = null;
            if (!entryText.isBlank()) {
                try {
                    entryId = UUID.fromString(entryText.strip());
                } catch (IllegalArgumentException e) {
                    rejected.add(new Rejection(row.number(), row.reference(entry), "报名编号格式不对 Not an entry id: " + entryText));
                    continue;
                }
            } else if (idText.isBlank()) {
                rejected.add(new Rejection(row.number(), row.reference(entry >= 0 ? entry : idNumber),
                        "缺少报名编号或身份证号 No entry id or ID number"));
                continue;
            }
            BigDecimal value;
            try {
                value = new BigDecimal(scoreText.strip());
            } catch (NumberFormatException e) {
                rejected.add(new Rejection(row.number(), row.reference(score),
                        scoreText.isBlank() ? "缺少理论成绩 No score" : "理论成绩不是数字 Not a number: " + scoreText));
                continue;
            }
            rows.add(new ImportRow(row.number(), entryId, entryId == null ? idText : null, value));
        }
        return new Mapped(List.copyOf(rows), List.copyOf(rejected));
    }

    /** The body of {@code …/theory/import}. */
    public static Map<String, Object> request(List<ImportRow> rows) {
        return Map.of("scores", rows.stream().map(ImportRow::json).toList());
    }

    /** Scoring's rejections ({@code rejections: [{index, errors: [{field: "scores[i].x", code, message}]}]}) on their sheet rows. */
    public List<Rejection> rejections(JsonNode answer, List<ImportRow> sent) {
        List<Rejection> found = new ArrayList<>();
        for (JsonNode r : answer.path("rejections")) {
            int index = r.path("index").asInt(-1);
            if (index < 0 || index >= sent.size()) {
                continue;
            }
            ImportRow row = sent.get(index);
            List<String> reasons = new ArrayList<>();
            String cell = null;
            for (JsonNode e : r.path("errors")) {
                String field = e.path("field").asText("");
                int column = field.endsWith(".score") ? score : field.endsWith(".idNumber") ? idNumber : field.endsWith(".entryId") ? entry
                        : row.entryId() != null ? entry : idNumber;
                if (cell == null && column >= 0) {
                    cell = Sheet.columnLetters(column) + row.sheetRow();
                }
                reasons.add(reason(e.path("code").asText(), e.path("message").asText()));
            }
            found.add(new Rejection(row.sheetRow(), cell == null ? "" : cell, String.join("；", reasons)));
        }
        return found;
    }

    static String reason(String code, String message) {
        return switch (code) {
            case "unknown-entry" -> "本场次没有此报名编号 No such entry in this round";
            case "unknown-entrant" -> "本场次没有此身份证号的选手 No entrant of this round has this ID number";
            case "malformed" -> "身份证号格式不对 An ID number is 17 digits and a check character";
            case "withdrawn" -> "选手已退赛 The entrant withdrew";
            case "duplicate-row" -> "同一选手在表中出现多次 The entrant has a score earlier in the sheet";
            case "out-of-range" -> "成绩须为 0–100，最多两位小数 A score from 0 to 100, at most 2 decimals";
            case "entry-or-id-number" -> "报名编号和身份证号只填一个 Give the entry id or the ID number, one of them";
            default -> message.isBlank() ? code : message;
        };
    }
}
