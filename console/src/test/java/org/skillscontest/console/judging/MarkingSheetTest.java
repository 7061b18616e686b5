package org.skillscontest.console.judging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarkingSheetTest {

    private static final BigDecimal MAX = new BigDecimal("60");

    @Test
    void aMarkFromZeroToTheMaximumWithAtMostTwoDecimalsPasses() {
        assertThat(new MarkEntry(1, "0", "", "").check(MAX).toSend()).isTrue();
        assertThat(new MarkEntry(1, "60", "", "").check(MAX).value()).isEqualByComparingTo("60");
        assertThat(new MarkEntry(1, " 55.25 ", "", "").check(MAX).value()).isEqualByComparingTo("55.25");
        assertThat(new MarkEntry(1, "55.50", "", "").check(MAX).error()).isNull();
    }

    @Test
    void aMarkAboveTheMaximumBelowZeroOrTooPreciseIsRefusedInTheJudgesWords() {
        assertThat(new MarkEntry(1, "75", "", "").check(MAX).error()).isEqualTo("超出范围 0–60 Out of range 0–60");
        assertThat(new MarkEntry(1, "60.01", "", "").check(MAX).error()).startsWith("超出范围");
        assertThat(new MarkEntry(1, "-1", "", "").check(MAX).error()).startsWith("超出范围");
        assertThat(new MarkEntry(1, "55.555", "", "").check(MAX).error()).isEqualTo("最多两位小数 At most 2 decimals");
        assertThat(new MarkEntry(1, "五十", "", "").check(MAX).error()).isEqualTo("请输入数字 Enter a number");
        assertThat(new MarkEntry(1, "75", "", "").check(MAX).toSend()).isFalse();
    }

    @Test
    void aDecimalMaximumIsWrittenAsPeopleWriteIt() {
        assertThat(new MarkEntry(1, "40.5", "", "").check(new BigDecimal("40.00")).error()).isEqualTo("超出范围 0–40 Out of range 0–40");
        assertThat(new MarkEntry(1, "12.6", "", "").check(new BigDecimal("12.50")).error()).contains("0–12.5");
    }

    @Test
    void timeUsedIsOptionalMinutesAndSeconds() {
        assertThat(new MarkEntry(1, "50", "", "").check(MAX).timeUsedSeconds()).isNull();
        assertThat(new MarkEntry(1, "50", "30", "5").check(MAX).timeUsedSeconds()).isEqualTo(1805L);
        assertThat(new MarkEntry(1, "50", "", "45").check(MAX).timeUsedSeconds()).isEqualTo(45L);
        assertThat(new MarkEntry(1, "50", "30", "60").check(MAX).error()).startsWith("用时");
        assertThat(new MarkEntry(1, "", "30", "").check(MAX).error()).isEqualTo("没有分数 No mark for this time");
    }

    @Test
    void aBlankLineIsMarkedLaterAndNotSent() {
        MarkEntry.Checked blank = new MarkEntry(3, " ", "", "").check(MAX);
        assertThat(blank.error()).isNull();
        assertThat(blank.toSend()).isFalse();
    }

    @Test
    void oneWrongMarkHoldsBackTheWholeBatch() {
        MarkingSheet sheet = MarkingSheet.of("m1", MAX, List.of(new MarkEntry(1, "50", "", ""), new MarkEntry(2, "75", "", ""),
                new MarkEntry(3, "", "", "")));
        assertThat(sheet.refused()).isTrue();
        assertThat(sheet.errors()).isEqualTo(1);
        assertThat(sheet.rows()).extracting(MarkingSheet.Row::error).containsExactly(null, "超出范围 0–60 Out of range 0–60", null);
    }

    @Test
    void theBatchNamesStationsNeverEntriesAndLeavesBlankLinesOut() {
        MarkingSheet sheet = MarkingSheet.of("m1", MAX, List.of(new MarkEntry(1, "50", "30", "0"), new MarkEntry(2, "", "", ""),
                new MarkEntry(3, "48.5", "", "")));
        assertThat(sheet.refused()).isFalse();
        assertThat(sheet.request()).isEqualTo(Map.of("marks", List.of(
                Map.of("station", 1, "module", "m1", "mark", new BigDecimal("50"), "timeUsedSeconds", 1800L),
                Map.of("station", 3, "module", "m1", "mark", new BigDecimal("48.5")))));
    }

    @Test
    void eachSentLineShowsScoringsAnswerTheSavedValueAsStored() throws Exception {
        MarkingSheet sheet = MarkingSheet.of("m1", MAX, List.of(new MarkEntry(1, "50", "", ""), new MarkEntry(2, "", "", ""),
                new MarkEntry(3, "48.5", "", ""), new MarkEntry(4, "40", "", "")));
        JsonNode answer = new ObjectMapper().readTree("""
                {"accepted": 2, "rejected": 1, "rows": [
                  {"index": 0, "status": "ACCEPTED"},
                  {"index": 1, "status": "REJECTED", "errors": [{"field": "marks[1].entryId", "code": "withdrawn", "message": "the entry was withdrawn"}]},
                  {"index": 2, "status": "ACCEPTED"}]}""");
        List<MarkingSheet.Row> rows = sheet.answered(answer);
        assertThat(rows).extracting(MarkingSheet.Row::station).containsExactly(1, 2, 3, 4);
        assertThat(rows.get(0).saved()).isTrue();
        assertThat(rows.get(0).outcome().stored()).isEqualTo("50.00");
        assertThat(rows.get(1).outcome()).isNull();
        assertThat(rows.get(2).rejected()).isTrue();
        assertThat(rows.get(2).outcome().reason()).isEqualTo("选手已退赛 The entrant withdrew");
        assertThat(rows.get(3).outcome().stored()).isEqualTo("40.00");
    }

    @Test
    void anUnknownReasonKeepsScoringsOwnWords() throws Exception {
        JsonNode errors = new ObjectMapper().readTree("[{\"code\": \"odd\", \"message\": \"something new\"}]");
        assertThat(MarkingSheet.reason(errors)).isEqualTo("something new");
    }
}
