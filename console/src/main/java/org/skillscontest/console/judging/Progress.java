package org.skillscontest.console.judging;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How far marking has come (scoring's {@code …/progress}): per judge of each module, in the panel's
 * order, entrants marked against entrants expected; theory scores entered against expected.
 */
public record Progress(long entrants, List<Judge> judges, long theoryEntered, long theoryExpected) {

    public record Judge(String judge, String module, long expected, long entered) {

        public boolean complete() {
            return entered >= expected;
        }

        /** 0–100, for the bar. */
        public long percent() {
            return expected == 0 ? 100 : Math.min(100, entered * 100 / expected);
        }
    }

    public static Progress of(JsonNode progress) {
        List<Judge> judges = new ArrayList<>();
        progress.path("judges").forEach(j -> judges.add(new Judge(j.path("judge").asText(), j.path("module").asText(),
                j.path("expected").asLong(), j.path("entered").asLong())));
        return new Progress(progress.path("entrants").asLong(), List.copyOf(judges), progress.path("theoryEntered").asLong(),
                progress.path("theoryExpected").asLong());
    }

    /** The judges of each module, in the panel's order. */
    public Map<String, List<String>> panel() {
        Map<String, List<String>> panel = new LinkedHashMap<>();
        judges.forEach(j -> panel.computeIfAbsent(j.module(), k -> new ArrayList<>()).add(j.judge()));
        return panel;
    }

    public boolean theoryComplete() {
        return theoryEntered >= theoryExpected;
    }

    public long theoryPercent() {
        return theoryExpected == 0 ? 100 : Math.min(100, theoryEntered * 100 / theoryExpected);
    }
}
