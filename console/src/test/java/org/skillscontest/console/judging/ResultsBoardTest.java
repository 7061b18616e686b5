package org.skillscontest.console.judging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillscontest.console.backend.Problem;

class ResultsBoardTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UUID A = UUID.fromString("aaaaaaaa-0000-0000-0000-000000000001");
    private static final UUID B = UUID.fromString("bbbbbbbb-0000-0000-0000-000000000002");
    private static final List<Assignment.Module> MODULES = List.of(new Assignment.Module("m1", "实操一", new BigDecimal("60")),
            new Assignment.Module("m2", "实操二", new BigDecimal("40")));
    private static final Map<String, List<String>> PANEL = Map.of("m1", List.of("j1", "j2"), "m2", List.of("j3"));

    @Test
    void theLastMarkOfEachJudgeCountsAndTheoryAndStatusLinesAreNotJudgesMarks() throws Exception {
        JudgeMarks marks = JudgeMarks.of(JSON.readTree("""
                [{"entryId": "%s", "module": "m1", "judge": "j1", "value": 50, "status": null},
                 {"entryId": "%s", "module": "m1", "judge": "j1", "previous": 50, "value": 52, "status": null},
                 {"entryId": "%s", "module": "theory", "judge": null, "value": 80, "status": null},
                 {"entryId": "%s", "module": null, "judge": null, "value": null, "status": "DISQUALIFIED"}]
                """.formatted(A, A, A, A)));
        assertThat(marks.of(A, "m1", List.of("j1", "j2"))).containsExactly(new JudgeMarks.JudgeMark("j1", new BigDecimal("52")),
                new JudgeMarks.JudgeMark("j2", null));
        assertThat(marks.of(A, "theory", List.of())).isEmpty();
    }

    @Test
    void theSpreadIsHighestMinusLowestOfTheMarksThatCount() {
        assertThat(JudgeMarks.spread(decimals("50", "44"))).isEqualByComparingTo("6");
        assertThat(JudgeMarks.spread(decimals("50"))).isNull();
        assertThat(JudgeMarks.spread(Arrays.asList(new BigDecimal("50"), null, new BigDecimal("41.5")))).isEqualByComparingTo("8.5");
        // five judges: the highest and the lowest are dropped, as scoring counts them
        assertThat(JudgeMarks.spread(decimals("10", "50", "52", "53", "60"))).isEqualByComparingTo("3");
    }

    @Test
    void theBoardListsEntrantsByStationWithJudgesMarksSpreadsFlagsAndMissingMarks() throws Exception {
        JsonNode results = JSON.readTree("""
                {"competition": "C1", "event": "welder", "locked": false, "version": 0, "entries": [
                  {"entryId": "%s", "theory": null, "practical": null, "total": null, "timeUsedSeconds": 1800,
                   "missing": ["m2/j3", "theory"], "flags": [{"entryId": "%s", "module": "m1", "spread": 12, "tolerance": 6.0}],
                   "spreads": {"m1": 12}, "status": "COMPETING", "statusReason": null},
                  {"entryId": "%s", "theory": 80, "practical": 75.5, "total": 76.85, "timeUsedSeconds": 3605,
                   "missing": [], "flags": [], "spreads": {"m1": 2, "m2": 0}, "status": "DISQUALIFIED", "statusReason": "作弊"}]}
                """.formatted(B, B, A));
        JudgeMarks marks = JudgeMarks.of(JSON.readTree("""
                [{"entryId": "%s", "module": "m1", "judge": "j1", "value": 50},
                 {"entryId": "%s", "module": "m1", "judge": "j2", "value": 38},
                 {"entryId": "%s", "module": "m2", "judge": "j3", "value": 30}]""".formatted(B, B, A)));
        ResultsBoard board = ResultsBoard.of(results, Map.of(A, 2, B, 1), MODULES, PANEL, marks);

        assertThat(board.lines()).extracting(ResultsBoard.Line::station).containsExactly(1, 2);
        ResultsBoard.Line first = board.lines().get(0);
        assertThat(first.modules().get(0).marks()).extracting(JudgeMarks.JudgeMark::value).containsExactly("50", "38");
        assertThat(first.modules().get(0).spread()).isEqualTo("12");
        assertThat(first.modules().get(0).flag()).isEqualTo(new ResultsBoard.Flag("m1", "12", "6"));
        assertThat(first.modules().get(1).marks()).extracting(JudgeMarks.JudgeMark::value).containsExactly("—");
        assertThat(first.missing()).containsExactly("m2 · j3", "理论 Theory");
        assertThat(first.timeUsed()).isEqualTo("30:00");
        assertThat(first.total()).isEmpty();

        ResultsBoard.Line second = board.lines().get(1);
        assertThat(second.competing()).isFalse();
        assertThat(second.statusLabel()).isEqualTo("取消资格 Disqualified");
        assertThat(second.total()).isEqualTo("76.85");
        assertThat(second.theory()).isEqualTo("80.00");
        // only competing entrants' flags and missing marks hold the lock up
        assertThat(board.flagCount()).isEqualTo(1);
        assertThat(board.missingCount()).isEqualTo(2);
    }

    @Test
    void aModuleNotYetFullyMarkedShowsThePartialSpreadOfTheMarksThereAre() throws Exception {
        JsonNode results = JSON.readTree("""
                {"locked": false, "version": 0, "entries": [{"entryId": "%s", "missing": ["m1/j2"], "flags": [], "spreads": {},
                 "status": "COMPETING"}]}""".formatted(A));
        Map<String, List<String>> panel = Map.of("m1", List.of("j1", "j2", "j4"), "m2", List.of("j3"));
        JudgeMarks marks = JudgeMarks.of(JSON.readTree("""
                [{"entryId": "%s", "module": "m1", "judge": "j1", "value": 50},
                 {"entryId": "%s", "module": "m1", "judge": "j4", "value": 47.5}]""".formatted(A, A)));
        ResultsBoard.Cell m1 = ResultsBoard.of(results, Map.of(A, 1), MODULES, panel, marks).lines().get(0).modules().get(0);
        assertThat(m1.spread()).isEqualTo("2.5");
        assertThat(m1.partial()).isTrue();
    }

    @Test
    void aRefusedLockIsListedByStationMissingMarksAndFlagsInWords() {
        Problem problem = new Problem(null, "Conflict", 409, "The event cannot be locked yet: 3 problem(s).", List.of(
                new Problem.FieldError("entries[" + A + "]", "missing-mark", "missing m1/j2"),
                new Problem.FieldError("entries[" + A + "]", "missing-mark", "missing theory"),
                new Problem.FieldError("entries[" + B + "].m1", "tolerance-flag", "counted marks spread 12, more than the tolerance 6.0")));
        LockRefusal refusal = LockRefusal.of(problem, Map.of(A, 4, B, 7));
        assertThat(refusal.summary()).isEqualTo("The event cannot be locked yet: 3 problem(s).");
        assertThat(refusal.lines()).containsExactly(
                new LockRefusal.Line(4, "aaaaaaaa", "缺分 Missing", "m1 · j2"),
                new LockRefusal.Line(4, "aaaaaaaa", "缺分 Missing", "理论 Theory"),
                new LockRefusal.Line(7, "bbbbbbbb", "超差 Flag", "m1：counted marks spread 12, more than the tolerance 6.0"));
    }

    private static List<BigDecimal> decimals(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }
}
