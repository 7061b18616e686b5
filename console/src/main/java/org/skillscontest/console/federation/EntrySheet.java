package org.skillscontest.console.federation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.skillscontest.console.backend.Registration.Employer;
import org.skillscontest.console.backend.Registration.EntryRow;
import org.skillscontest.console.documents.Sheet;
import org.skillscontest.console.documents.SheetException;

/**
 * The entry sheet (报名表) federations fill in: its columns, the names a column may carry in a sheet
 * people made themselves (Chinese or English, with or without notes in brackets), and how each row
 * becomes the intake's {@link EntryRow}. The template ({@link EntryTemplate}) and the upload read the
 * same columns from here.
 *
 * <p>What the console itself refuses, before anything is sent: a sheet without one of the required
 * columns, and a row whose cell cannot be put into the intake's request at all (a skill level that is
 * not a whole number, a gender that is neither 男 nor 女). Everything else (a missing name, a wrong ID
 * number, a bad credit code, a level of 7) goes to the intake, whose field errors are the authority.
 */
public final class EntrySheet {

    /** The intake takes at most this many rows in one batch (registration's BatchRequest.MAX_ROWS). */
    public static final int MAX_ROWS = 5000;

    /** The sheet's columns in the template's order, with the intake field each fills. */
    public enum Column {
        NAME("姓名", "Name", "name", true, false,
                "选手姓名，与身份证一致", "As on the ID card",
                Set.of("姓名", "选手姓名", "名字", "参赛选手"), Set.of("name", "full name", "entrant")),
        ID_NUMBER("身份证号", "ID number", "idNumber", true, true,
                "18 位居民身份证号码，末位可为 X", "18 characters; the last may be X",
                Set.of("身份证号", "身份证号码", "身份证", "公民身份号码", "证件号码"), Set.of("id number", "idnumber", "id no", "id", "id card")),
        GENDER("性别", "Gender", "gender", false, false,
                "男 或 女；可不填（以身份证号为准）", "男 or 女; may be left blank (the ID number decides)",
                Set.of("性别"), Set.of("gender", "sex")),
        PHONE("手机", "Phone", "phone", false, true,
                "手机号码", "Mobile number",
                Set.of("手机", "手机号", "手机号码", "联系电话", "电话", "联系方式"), Set.of("phone", "mobile", "telephone", "tel")),
        EMPLOYER("工作单位", "Employer", "employer.name", true, false,
                "单位全称", "The employer's full name",
                Set.of("工作单位", "单位", "单位名称", "所在单位", "工作单位名称"), Set.of("employer", "employer name", "company", "work unit")),
        CREDIT_CODE("统一社会信用代码", "Employer credit code", "employer.creditCode", true, true,
                "单位的 18 位统一社会信用代码", "The employer's 18-character unified social credit code",
                Set.of("统一社会信用代码", "信用代码", "单位信用代码", "社会信用代码", "单位统一社会信用代码"),
                Set.of("employer credit code", "credit code", "creditcode", "uscc")),
        SKILL_LEVEL("现有技能等级", "Current skill level", "currentSkillLevel", true, false,
                "1–5：1 高级技师、2 技师、3 高级工、4 中级工、5 初级工", "1–5: 1 senior technician … 5 elementary",
                Set.of("现有技能等级", "技能等级", "职业技能等级", "现技能等级", "等级"), Set.of("current skill level", "skill level", "level"));

        private final String chinese;
        private final String english;
        private final String intakeField;
        private final boolean required;
        private final boolean text;
        private final String noteChinese;
        private final String noteEnglish;
        private final Set<String> chineseNames;
        private final Set<String> englishNames;

        Column(String chinese, String english, String intakeField, boolean required, boolean text, String noteChinese,
               String noteEnglish, Set<String> chineseNames, Set<String> englishNames) {
            this.chinese = chinese;
            this.english = english;
            this.intakeField = intakeField;
            this.required = required;
            this.text = text;
            this.noteChinese = noteChinese;
            this.noteEnglish = noteEnglish;
            this.chineseNames = chineseNames;
            this.englishNames = englishNames;
        }

        /** The header the template writes, e.g. {@code 姓名 Name}; optional columns say so. */
        public String header() {
            return chinese + " " + english + (required ? "" : " (选填 optional)");
        }

        /** The name people see beside an error: {@code 身份证号 ID number}. */
        public String label() {
            return chinese + " " + english;
        }

        /** The intake's field, as its errors name it ({@code employer.creditCode}). */
        public String intakeField() {
            return intakeField;
        }

        /** A sheet must have this column (the intake needs a value in every row); gender and phone may be left out. */
        public boolean required() {
            return required;
        }

        /** Written as text (Excel's "@"), so that 18-digit and leading-zero numbers stay as typed. */
        public boolean text() {
            return text;
        }

        public String note() {
            return noteChinese + " " + noteEnglish;
        }

        /**
         * Whether a header names this column: its Chinese part or its English part is one of the
         * column's names, whatever else it carries (notes in brackets, an asterisk, full-width letters,
         * upper or lower case). {@code 身份证号码 (必填)}, {@code ID Number}, {@code 姓名 Name} all match.
         */
        public boolean named(String header) {
            String plain = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFKC)
                    .replaceAll("\\([^)]*\\)|\\[[^]]*]|【[^】]*】", " ").toLowerCase(Locale.ROOT);
            String han = plain.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            String latin = plain.replaceAll("[^a-z0-9]+", " ").strip();
            return (!han.isEmpty() && chineseNames.contains(han)) || (!latin.isEmpty() && englishNames.contains(latin));
        }

        /** The column an intake error names: {@code entries[3].idNumber}, {@code idNumber}, {@code employer.creditCode}. */
        public static Optional<Column> ofIntakeField(String field) {
            if (field == null) {
                return Optional.empty();
            }
            String plain = field.replaceFirst("^entries\\[\\d+]\\.", "");
            if (plain.equals("employer")) {
                return Optional.of(EMPLOYER); // the employer as a whole missing: its name is the first cell to fill
            }
            return Arrays.stream(values()).filter(c -> c.intakeField.equals(plain)).findFirst();
        }
    }

    private EntrySheet() {
    }

    /**
     * Where each column is in an uploaded sheet, and the headers it does not know (read past, not
     * refused: a sheet may carry a 备注 column of its own).
     */
    public record Layout(Map<Column, Integer> columns, List<String> ignoredHeaders) {

        public Layout {
            columns = Map.copyOf(columns);
            ignoredHeaders = List.copyOf(ignoredHeaders);
        }

        /** The column's index in the sheet, or -1 when the sheet has no such column. */
        public int index(Column column) {
            return columns.getOrDefault(column, -1);
        }

        /** The sheet's known columns in the template's order. */
        public List<Column> present() {
            return Arrays.stream(Column.values()).filter(columns::containsKey).toList();
        }
    }

    /** Finds the columns by their headers; a sheet without a required column is refused, naming what is missing. */
    public static Layout layout(Sheet sheet) throws SheetException {
        Map<Column, Integer> found = new EnumMap<>(Column.class);
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < sheet.headers().size(); i++) {
            String header = sheet.headers().get(i);
            if (header.isBlank()) {
                continue;
            }
            int index = i;
            Optional<Column> column = Arrays.stream(Column.values()).filter(c -> c.named(header)).findFirst();
            if (column.isPresent() && !found.containsKey(column.get())) {
                found.put(column.get(), index);
            } else {
                ignored.add(header);
            }
        }
        List<Column> missing = Arrays.stream(Column.values()).filter(c -> c.required && !found.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new SheetException("表头缺少列 The header row lacks: " + missing.stream().map(Column::label)
                    .collect(Collectors.joining("、")) + "。请使用报名表模板 Use the entry template.");
        }
        return new Layout(found, ignored);
    }

    /** A cell the console could not read, with its reference ({@code G5}) and why. */
    public record CellProblem(Column column, String reference, String value, String message) {
    }

    /** One row as read: the intake's row, or the cells that keep it from being sent. */
    public record Reading(Sheet.Row row, EntryRow entry, List<CellProblem> problems) {

        public Reading {
            problems = List.copyOf(problems);
        }

        public boolean sendable() {
            return problems.isEmpty();
        }
    }

    private static final Pattern LEVEL_NUMBER = Pattern.compile("([0-9]+)(?:\\.0+)?\\s*级?");
    /** The levels' names, the longer first ({@code 高级技师} holds {@code 技师}). */
    private static final List<Map.Entry<String, Integer>> LEVEL_NAMES = List.of(
            Map.entry("高级技师", 1), Map.entry("高级工", 3), Map.entry("中级工", 4), Map.entry("初级工", 5),
            Map.entry("技师", 2), Map.entry("一级", 1), Map.entry("二级", 2), Map.entry("三级", 3), Map.entry("四级", 4),
            Map.entry("五级", 5));

    /** Reads one data row into the intake's shape. */
    public static Reading read(Layout layout, Sheet.Row row) {
        List<CellProblem> problems = new ArrayList<>();
        String name = blankToNull(cell(layout, row, Column.NAME).strip());
        String idNumber = blankToNull(code(cell(layout, row, Column.ID_NUMBER)));
        String phone = blankToNull(Normalizer.normalize(cell(layout, row, Column.PHONE), Normalizer.Form.NFKC).strip());
        String employer = blankToNull(cell(layout, row, Column.EMPLOYER).strip());
        String creditCode = blankToNull(code(cell(layout, row, Column.CREDIT_CODE)));

        String genderCell = cell(layout, row, Column.GENDER);
        String gender = null;
        if (!genderCell.isBlank()) {
            gender = gender(genderCell);
            if (gender == null) {
                problems.add(problem(layout, row, Column.GENDER, "性别应为 男 或 女（或不填）Gender must be 男 or 女, or blank"));
            }
        }
        String levelCell = cell(layout, row, Column.SKILL_LEVEL);
        Integer level = null;
        if (!levelCell.isBlank()) {
            level = skillLevel(levelCell);
            if (level == null) {
                problems.add(problem(layout, row, Column.SKILL_LEVEL,
                        "技能等级应为 1–5 的整数（或 高级技师/技师/高级工/中级工/初级工）The skill level must be a whole number 1–5"));
            }
        }
        EntryRow entry = problems.isEmpty()
                ? new EntryRow(name, idNumber, gender, phone, new Employer(employer, creditCode), level) : null;
        return new Reading(row, entry, problems);
    }

    private static CellProblem problem(Layout layout, Sheet.Row row, Column column, String message) {
        int index = layout.index(column);
        return new CellProblem(column, row.reference(index), row.cell(index), message);
    }

    private static String cell(Layout layout, Sheet.Row row, Column column) {
        return row.cell(layout.index(column));
    }

    /** ID numbers and credit codes: full-width characters made plain, spaces inside dropped, a small x made X. */
    static String code(String cell) {
        return Normalizer.normalize(cell, Normalizer.Form.NFKC).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /** M or F for the ways people write it, null for anything else. */
    static String gender(String cell) {
        String g = Normalizer.normalize(cell, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        return switch (g) {
            case "男", "男性", "m", "male" -> "M";
            case "女", "女性", "f", "female" -> "F";
            default -> null;
        };
    }

    /**
     * The level as a number: {@code 3}, {@code 3.0} (a number cell), {@code ３}, {@code 3级}, {@code 三级}
     * or the level's name ({@code 高级工}, {@code 三级/高级工}). A whole number out of 1–5 is passed on for the intake to refuse.
     */
    static Integer skillLevel(String cell) {
        String level = Normalizer.normalize(cell, Normalizer.Form.NFKC).strip();
        Matcher number = LEVEL_NUMBER.matcher(level);
        if (number.matches()) {
            return number.group(1).length() > 6 ? null : Integer.valueOf(number.group(1));
        }
        return LEVEL_NAMES.stream().filter(n -> level.contains(n.getKey())).map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
