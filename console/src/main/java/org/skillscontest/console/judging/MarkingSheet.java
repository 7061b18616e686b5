package org.skillscontest.console.judging;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A judge's marks of one module, station by station, as one batch: checked against the module's maximum
 * before sending, sent by station number (blind marking: the judge never learns who is at a station),
 * and each row's answer from scoring put back beside its station.
 */
public final class MarkingSheet {

    /** One station's line on the page: what was typed, what is wrong with it, and what scoring did with it. */
    public record Row(int station, String mark, String minutes, String seconds, String error, Outcome outcome) {

        public boolean saved() {
            return outcome != null && outcome.saved();
        }

        public boolean rejected() {
            return outcome != null && !outcome.saved();
        }
    }

    /** Scoring's answer for a row: saved (with the value as stored) or rejected with the reason. */
    public record Outcome(boolean saved, String stored, String reason) {
    }

    private final String module;
    private final List<MarkEntry.Checked> checked;

    private MarkingSheet(String module, List<MarkEntry.Checked> checked) {
        this.module = module;
        this.checked = checked;
    }

    public static MarkingSheet of(String module, BigDecimal max, List<MarkEntry> entries) {
        return new MarkingSheet(module, entries.stream().map(e -> e.check(max)).toList());
    }

    /** Empty lines for these stations: the page as it opens. */
    public static List<Row> empty(List<Integer> stations) {
        return stations.stream().map(s -> new Row(s, "", "", "", null, null)).toList();
    }

    /** Some mark is wrong: the batch is not sent at all. */
    public boolean refused() {
        return checked.stream().anyMatch(c -> c.error() != null);
    }

    public long errors() {
        return checked.stream().filter(c -> c.error() != null).count();
    }

    public boolean nothingToSend() {
        return checked.stream().noneMatch(MarkEntry.Checked::toSend);
    }

    /** The body of scoring's {@code POST …/marks}: {@code {marks: [{station, module, mark, timeUsedSeconds}]}}. */
    public Map<String, Object> request() {
        List<Map<String, Object>> marks = new ArrayList<>();
        for (MarkEntry.Checked c : toSend()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("station", c.entry().station());
            row.put("module", module);
            row.put("mark", c.value());
            if (c.timeUsedSeconds() != null) {
                row.put("timeUsedSeconds", c.timeUsedSeconds());
            }
            marks.add(row);
        }
        return Map.of("marks", marks);
    }

    /** The lines as typed, with the errors found before sending. */
    public List<Row> rows() {
        return checked.stream().map(c -> row(c, null)).toList();
    }

    /**
     * The lines with scoring's answer ({@code {accepted, rejected, rows: [{index, status, errors}]}}): the
     * i-th row answered is the i-th mark sent. Lines not sent (blank) have no outcome.
     */
    public List<Row> answered(JsonNode batch) {
        List<MarkEntry.Checked> sent = toSend();
        Map<Integer, Outcome> byStation = new HashMap<>();
        for (JsonNode answer : batch.path("rows")) {
            int index = answer.path("index").asInt(-1);
            if (index < 0 || index >= sent.size()) {
                continue;
            }
            MarkEntry.Checked c = sent.get(index);
            boolean saved = "ACCEPTED".equals(answer.path("status").asText());
            byStation.put(c.entry().station(), saved ? new Outcome(true, Marks.stored(c.value()), null)
                    : new Outcome(false, null, reason(answer.path("errors"))));
        }
        return checked.stream().map(c -> row(c, byStation.get(c.entry().station()))).toList();
    }

    private List<MarkEntry.Checked> toSend() {
        return checked.stream().filter(MarkEntry.Checked::toSend).toList();
    }

    private static Row row(MarkEntry.Checked c, Outcome outcome) {
        MarkEntry e = c.entry();
        return new Row(e.station(), e.mark(), e.minutes(), e.seconds(), c.error(), outcome);
    }

    /** Scoring's reasons for a rejected row, in the judge's words where the code is known. */
    static String reason(JsonNode errors) {
        List<String> reasons = new ArrayList<>();
        for (JsonNode e : errors) {
            String code = e.path("code").asText();
            String message = e.path("message").asText();
            reasons.add(switch (code) {
                case "above-maximum" -> "超过满分 Above the maximum (" + message + ")";
                case "unknown-station" -> "没有此工位 No such station";
                case "withdrawn" -> "选手已退赛 The entrant withdrew";
                case "disqualified" -> "选手已取消资格 The entrant was disqualified";
                case "own-federation" -> "本单位选手，须回避 Own federation's entrant: not yours to mark";
                case "not-on-panel" -> "您不在此模块的评分组 Not on this module's panel";
                default -> message.isBlank() ? code : message;
            });
        }
        return reasons.isEmpty() ? "被拒绝 Rejected" : String.join("；", reasons);
    }
}
