package org.skillscontest.console.judging;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Each judge's current mark of each entrant and module, read from scoring's audit trail: the results
 * view gives totals, missing marks and the spread of fully marked modules, but not the judges' own
 * marks. The trail lists every mark ever given, oldest first; the last one per entrant, module and judge
 * (a re-mark or a correction) is the one that counts.
 */
public final class JudgeMarks {

    /** One judge's mark for a module; {@code mark} null when the judge has not marked yet. */
    public record JudgeMark(String judge, BigDecimal mark) {

        public String value() {
            return mark == null ? "—" : Marks.plain(mark);
        }
    }

    /** From five judges up scoring drops the highest and the lowest mark (PanelMarks.TRIM_FROM). */
    static final int TRIM_FROM = 5;

    private final Map<UUID, Map<String, Map<String, BigDecimal>>> current;

    private JudgeMarks(Map<UUID, Map<String, Map<String, BigDecimal>>> current) {
        this.current = current;
    }

    public static JudgeMarks none() {
        return new JudgeMarks(Map.of());
    }

    /** From the audit trail ({@code [{entryId, module, judge, value, status, …}]}); theory and status lines are not judges' marks. */
    public static JudgeMarks of(JsonNode audit) {
        Map<UUID, Map<String, Map<String, BigDecimal>>> current = new HashMap<>();
        for (JsonNode line : audit) {
            String judge = line.path("judge").asText(null);
            String module = line.path("module").asText(null);
            BigDecimal value = Marks.decimal(line.path("value"));
            if (judge == null || module == null || value == null || !line.path("status").isNull() && !line.path("status").isMissingNode()) {
                continue;
            }
            current.computeIfAbsent(UUID.fromString(line.path("entryId").asText()), k -> new HashMap<>())
                    .computeIfAbsent(module, k -> new HashMap<>()).put(judge, value);
        }
        return new JudgeMarks(current);
    }

    /** The marks of the module's panel, in the panel's order, a judge without a mark with none. */
    public List<JudgeMark> of(UUID entryId, String module, List<String> panel) {
        Map<String, BigDecimal> given = current.getOrDefault(entryId, Map.of()).getOrDefault(module, Map.of());
        List<JudgeMark> marks = new ArrayList<>();
        panel.forEach(judge -> marks.add(new JudgeMark(judge, given.get(judge))));
        // a judge no longer on the panel who marked before it changed: shown, as the trail has it
        given.keySet().stream().filter(j -> !panel.contains(j)).sorted().forEach(j -> marks.add(new JudgeMark(j, given.get(j))));
        return marks;
    }

    /** Highest minus lowest of the marks that count (five and more: without one highest and one lowest); null under two marks. */
    public static BigDecimal spread(List<BigDecimal> marks) {
        List<BigDecimal> sorted = marks.stream().filter(java.util.Objects::nonNull).sorted().toList();
        if (sorted.size() >= TRIM_FROM) {
            sorted = sorted.subList(1, sorted.size() - 1);
        }
        return sorted.size() < 2 ? null : sorted.get(sorted.size() - 1).subtract(sorted.get(0));
    }
}
