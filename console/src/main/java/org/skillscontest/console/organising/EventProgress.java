package org.skillscontest.console.organising;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * How far one event has come, from the three services: entries registered (registration), marks entered
 * per judge and whether the chief judge has locked (scoring), and whether it is ranked (ranking).
 */
public record EventProgress(String event, String name, Fetched<Long> entries, Fetched<Marking> marking,
                            Fetched<Ranked> ranking) {

    /** Scoring's {@code GET …/progress}: entrants competing, locked or not, each judge's marks entered. */
    public record Marking(long entrants, boolean locked, int version, List<JudgeMarks> judges, long theoryEntered,
                          long theoryExpected) {

        static Marking of(JsonNode progress) {
            List<JudgeMarks> judges = new ArrayList<>();
            progress.path("judges").forEach(j -> judges.add(new JudgeMarks(j.path("judge").asText(), j.path("module").asText(),
                    j.path("expected").asLong(), j.path("entered").asLong())));
            return new Marking(progress.path("entrants").asLong(), progress.path("locked").asBoolean(),
                    progress.path("version").asInt(), List.copyOf(judges), progress.path("theoryEntered").asLong(),
                    progress.path("theoryExpected").asLong());
        }

        /** Every judge has marked every entrant (and theory is in, where it counts). */
        public boolean complete() {
            return judges.stream().allMatch(JudgeMarks::done) && theoryEntered >= theoryExpected;
        }

        /** Theory counts in this event's scheme (a practical-only scheme expects none). */
        public boolean theoryCounts() {
            return theoryExpected > 0;
        }

        public long entered() {
            return judges.stream().mapToLong(JudgeMarks::entered).sum();
        }

        public long expected() {
            return judges.stream().mapToLong(JudgeMarks::expected).sum();
        }

        public int percent() {
            return JudgeMarks.percent(entered(), expected());
        }
    }

    public record JudgeMarks(String judge, String module, long expected, long entered) {

        public boolean done() {
            return entered >= expected;
        }

        public int percent() {
            return percent(entered, expected);
        }

        /** Whole percent, rounded down (99 % until the last mark is in); 100 when nothing is expected. */
        static int percent(long entered, long expected) {
            return expected == 0 ? 100 : (int) Math.min(100, entered * 100 / expected);
        }
    }

    /** Ranking's {@code GET …/ranking}: the version ranked, how many places (its {@code total}) and its publicity (公示中 / 已公示). */
    public record Ranked(int version, int places, String state) {

        static Ranked of(JsonNode ranking) {
            JsonNode state = ranking.path("publicity").path("state");
            return new Ranked(ranking.path("version").asInt(), (int) ranking.path("total").asLong(),
                    state.isTextual() ? state.asText() : null);
        }

        public String stateLabel() {
            if (state == null) {
                return "已排名 Ranked";
            }
            return switch (state) {
                case "PROVISIONAL" -> "公示中 Provisional";
                case "FINAL" -> "已公示 Final";
                default -> state;
            };
        }
    }
}
