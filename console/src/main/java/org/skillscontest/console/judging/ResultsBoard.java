package org.skillscontest.console.judging;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The chief judge's board: scoring's results view (totals, missing marks, spreads of fully marked modules,
 * tolerance flags, status) by station, with each judge's mark from the audit trail and the spread of a
 * module not yet fully marked worked out from the marks there are.
 */
public record ResultsBoard(boolean locked, int version, List<Line> lines) {

    /** One entrant: at a station, competing or not, totals once complete, per module the judges' marks. */
    public record Line(Integer station, UUID entryId, String status, String statusReason, String theory, String practical,
                       String total, String timeUsed, List<Cell> modules, List<String> missing, List<Flag> flags) {

        public String shortId() {
            return entryId.toString().substring(0, 8);
        }

        public boolean competing() {
            return "COMPETING".equals(status);
        }

        public String statusLabel() {
            return switch (status) {
                case "WITHDRAWN" -> "已退赛 Withdrawn";
                case "DISQUALIFIED" -> "取消资格 Disqualified";
                default -> "参赛 Competing";
            };
        }
    }

    /** A module of an entrant: each judge's mark, the spread (partial: not every judge has marked), its flag. */
    public record Cell(String module, List<JudgeMarks.JudgeMark> marks, String spread, boolean partial, Flag flag) {
    }

    /** Counted marks spread beyond the tolerance: the chief judge accepts it or has the judges re-mark. */
    public record Flag(String module, String spread, String tolerance) {
    }

    public static ResultsBoard of(JsonNode results, Map<UUID, Integer> stations, List<Assignment.Module> modules,
                                  Map<String, List<String>> panel, JudgeMarks marks) {
        List<Line> lines = new ArrayList<>();
        for (JsonNode e : results.path("entries")) {
            UUID entryId = UUID.fromString(e.path("entryId").asText());
            Map<String, Flag> flags = new LinkedHashMap<>();
            for (JsonNode f : e.path("flags")) {
                flags.put(f.path("module").asText(), new Flag(f.path("module").asText(), Marks.plain(Marks.decimal(f.path("spread"))),
                        Marks.plain(Marks.decimal(f.path("tolerance")))));
            }
            List<Cell> cells = new ArrayList<>();
            for (Assignment.Module m : modules) {
                List<JudgeMarks.JudgeMark> given = marks.of(entryId, m.code(), panel.getOrDefault(m.code(), List.of()));
                BigDecimal spread = Marks.decimal(e.path("spreads").path(m.code()));
                boolean partial = spread == null;
                if (partial) {
                    spread = JudgeMarks.spread(given.stream().map(JudgeMarks.JudgeMark::mark).toList());
                }
                cells.add(new Cell(m.code(), given, spread == null ? "" : Marks.plain(spread), partial && spread != null, flags.get(m.code())));
            }
            List<String> missing = new ArrayList<>();
            e.path("missing").forEach(m -> missing.add(missing(m.asText())));
            lines.add(new Line(stations.get(entryId), entryId, e.path("status").asText("COMPETING"), e.path("statusReason").asText(null),
                    score(e.path("theory")), score(e.path("practical")), score(e.path("total")),
                    time(e.path("timeUsedSeconds").asLong()), List.copyOf(cells), List.copyOf(missing), List.copyOf(flags.values())));
        }
        lines.sort(Comparator.comparing(Line::station, Comparator.nullsLast(Comparator.naturalOrder())));
        return new ResultsBoard(results.path("locked").asBoolean(), results.path("version").asInt(), List.copyOf(lines));
    }

    public long flagCount() {
        return lines.stream().filter(Line::competing).mapToLong(l -> l.flags().size()).sum();
    }

    public long missingCount() {
        return lines.stream().filter(Line::competing).mapToLong(l -> l.missing().size()).sum();
    }

    /** Scoring's missing-mark words ({@code m1/judge}, {@code theory}, {@code m1: no judges on the panel}) for people. */
    static String missing(String what) {
        if ("theory".equals(what)) {
            return "理论 Theory";
        }
        if (what.endsWith(": no judges on the panel")) {
            return what.substring(0, what.indexOf(':')) + "：评分组无裁判 no judges on the panel";
        }
        int slash = what.indexOf('/');
        return slash < 0 ? what : what.substring(0, slash) + " · " + what.substring(slash + 1);
    }

    private static String score(JsonNode value) {
        BigDecimal d = Marks.decimal(value);
        return d == null ? "" : Marks.stored(d);
    }

    /** Seconds as minutes:seconds; nothing for none. */
    static String time(long seconds) {
        return seconds <= 0 ? "" : String.format("%d:%02d", seconds / 60, seconds % 60);
    }
}
