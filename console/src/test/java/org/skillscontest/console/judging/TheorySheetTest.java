package org.skillscontest.console.judging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillscontest.console.documents.Sheet;
import org.skillscontest.console.documents.SheetException;
import org.skillscontest.console.documents.SheetReader;

class TheorySheetTest {

    private static final UUID ENTRY = UUID.fromString("aaaaaaaa-0000-0000-0000-000000000001");

    @Test
    void rowsNameTheEntrantByEntryIdOrIdNumberWithTheScore() throws Exception {
        TheorySheet.Mapped mapped = TheorySheet.of(csv("""
                报名编号,身份证号,姓名,理论成绩
                %s,,张三,85.5
                ,65020319900101001x,李四,72
                """.formatted(ENTRY))).map();
        assertThat(mapped.sendable()).isTrue();
        assertThat(mapped.rows()).containsExactly(new TheorySheet.ImportRow(2, ENTRY, null, new BigDecimal("85.5")),
                new TheorySheet.ImportRow(3, null, "65020319900101001X", new BigDecimal("72")));
        assertThat(TheorySheet.request(mapped.rows())).isEqualTo(Map.of("scores", List.of(
                Map.of("entryId", ENTRY, "score", new BigDecimal("85.5")),
                Map.of("idNumber", "65020319900101001X", "score", new BigDecimal("72")))));
    }

    @Test
    void englishHeadersWorkToo() throws Exception {
        TheorySheet.Mapped mapped = TheorySheet.of(csv("entry id,score\n%s,90\n".formatted(ENTRY))).map();
        assertThat(mapped.rows()).containsExactly(new TheorySheet.ImportRow(2, ENTRY, null, new BigDecimal("90")));
    }

    @Test
    void rowsThatCannotBeSentStopTheUploadWithTheirSheetRowsAndCells() throws Exception {
        TheorySheet.Mapped mapped = TheorySheet.of(csv("""
                报名编号,理论成绩
                not-an-id,80
                %s,八十
                ,70
                %s,
                """.formatted(ENTRY, ENTRY))).map();
        assertThat(mapped.sendable()).isFalse();
        assertThat(mapped.rejected()).extracting(TheorySheet.Rejection::sheetRow).containsExactly(2, 3, 4, 5);
        assertThat(mapped.rejected()).extracting(TheorySheet.Rejection::cell).containsExactly("A2", "B3", "A4", "B5");
        assertThat(mapped.rejected().get(1).reason()).isEqualTo("理论成绩不是数字 Not a number: 八十");
        assertThat(mapped.rejected().get(3).reason()).isEqualTo("缺少理论成绩 No score");
    }

    @Test
    void aSheetWithoutTheColumnsIsRefusedAsAWhole() {
        assertThatThrownBy(() -> TheorySheet.of(csv("姓名,理论成绩\n张三,80\n"))).isInstanceOf(SheetException.class)
                .hasMessageContaining("身份证号");
        assertThatThrownBy(() -> TheorySheet.of(csv("报名编号,姓名\n%s,张三\n".formatted(ENTRY)))).isInstanceOf(SheetException.class)
                .hasMessageContaining("理论成绩");
    }

    @Test
    void scoringsRejectedRowsGoBackToTheirSheetRowsAndCells() throws Exception {
        TheorySheet sheet = TheorySheet.of(csv("""
                报名编号,身份证号,理论成绩
                %s,,85
                ,650203199001010012,101
                ,650203199001010099,70
                """.formatted(ENTRY)));
        TheorySheet.Mapped mapped = sheet.map();
        var answer = new ObjectMapper().readTree("""
                {"imported": 1, "rejected": 2, "rejections": [
                  {"index": 1, "status": "REJECTED", "errors": [{"field": "scores[1].score", "code": "out-of-range", "message": "a score from 0 to 100"}]},
                  {"index": 2, "status": "REJECTED", "errors": [{"field": "scores[2].idNumber", "code": "unknown-entrant", "message": "no entrant"}]}]}""");
        assertThat(sheet.rejections(answer, mapped.rows())).containsExactly(
                new TheorySheet.Rejection(3, "C3", "成绩须为 0–100，最多两位小数 A score from 0 to 100, at most 2 decimals"),
                new TheorySheet.Rejection(4, "B4", "本场次没有此身份证号的选手 No entrant of this round has this ID number"));
    }

    private static Sheet csv(String text) throws SheetException {
        return SheetReader.read("theory.csv", text.getBytes(StandardCharsets.UTF_8), 100);
    }
}
