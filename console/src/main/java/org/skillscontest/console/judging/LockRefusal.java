package org.skillscontest.console.judging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.skillscontest.console.backend.Problem;

/**
 * Scoring's 409 to a lock it refuses, for the chief judge: each missing mark and unaccepted flag by
 * station, not by entry id ({@code errors: [{field: "entries[<id>]" or "entries[<id>].<module>", code, message}]}).
 */
public record LockRefusal(String summary, List<Line> lines) {

    public record Line(Integer station, String entry, String kind, String what) {
    }

    private static final Pattern FIELD = Pattern.compile("entries\\[([0-9a-fA-F-]{36})\\](?:\\.(.+))?");

    public static LockRefusal of(Problem problem, Map<UUID, Integer> stations) {
        List<Line> lines = new ArrayList<>();
        for (Problem.FieldError e : problem.errors()) {
            Matcher m = FIELD.matcher(e.field() == null ? "" : e.field());
            UUID entry = m.matches() ? UUID.fromString(m.group(1)) : null;
            Integer station = entry == null ? null : stations.get(entry);
            String shortId = entry == null ? "" : entry.toString().substring(0, 8);
            String message = e.message() == null ? "" : e.message();
            lines.add(switch (e.code() == null ? "" : e.code()) {
                case "missing-mark" -> new Line(station, shortId, "缺分 Missing",
                        ResultsBoard.missing(message.startsWith("missing ") ? message.substring("missing ".length()) : message));
                case "tolerance-flag" -> new Line(station, shortId, "超差 Flag", (m.matches() && m.group(2) != null ? m.group(2) + "：" : "") + message);
                case "no-entries" -> new Line(null, "", "无选手 No entrants", "没有参赛选手 " + message);
                default -> new Line(station, shortId, e.code(), message);
            });
        }
        return new LockRefusal(problem.summary(), List.copyOf(lines));
    }
}
