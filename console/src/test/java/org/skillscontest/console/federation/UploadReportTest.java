package org.skillscontest.console.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillscontest.console.backend.Problem.FieldError;
import org.skillscontest.console.backend.Registration.BatchAnswer;
import org.skillscontest.console.documents.SheetException;
import org.skillscontest.console.documents.SheetReader;

class UploadReportTest {

    private static final String HEADER = "姓名 Name,身份证号 ID number,性别 Gender,手机 Phone,工作单位 Employer,统一社会信用代码 Employer credit code,现有技能等级 Current skill level\n";

    @Test
    void eachRowIsToldByItsSpreadsheetRowAndTheBadCellsByReference() throws Exception {
        UploadReport.Submission submission = UploadReport.prepare("e.csv", SheetReader.read("e.csv", (HEADER
                + "张三,650203199001010011,,139,厂,91650200MA7XK0Q0DX,3\n"      // row 2: accepted
                + "李四,650203199001010012,,139,厂,91650200MA7XK0Q0DX,3\n"      // row 3: bad check digit
                + "王五,650203199001010021,,139,厂,91650200MA7XK0Q0DX,abc\n"    // row 4: not sent
                + "\n"                                                          // row 5: blank, skipped
                + "赵六,650203199001010038,,139,厂,91650200MA7XK0Q0DX,3\n"      // row 6: already registered
                + "张三,650203199001010011,,139,厂,91650200MA7XK0Q0DX,3\n"      // row 7: the same person as row 2
                + ",650203199001010046,,139,厂,bad,3\n")                        // row 8: no name, bad credit code, closed
                .getBytes(StandardCharsets.UTF_8), EntrySheet.MAX_ROWS));
        assertThat(submission.sent()).extracting(r -> r.row().number()).containsExactly(2, 3, 6, 7, 8);
        assertThat(submission.batch().entries()).hasSize(5);

        BatchAnswer answer = new BatchAnswer(
                List.of(new BatchAnswer.Accepted(0, UUID.randomUUID(), UUID.randomUUID())),
                List.of(new BatchAnswer.Rejected(1, List.of(new FieldError("idNumber", "id-number-check-digit",
                                "check character does not match (GB 11643)"))),
                        new BatchAnswer.Rejected(2, List.of(new FieldError("idNumber", "already-entered",
                                "this person has already entered this event"))),
                        new BatchAnswer.Rejected(3, List.of(new FieldError("idNumber", "duplicate-in-batch",
                                "the same person is in row 0 of this batch"))),
                        new BatchAnswer.Rejected(4, List.of(
                                new FieldError("employer.creditCode", "credit-code-length", "must be 18 characters"),
                                new FieldError("entries[4].name", "not-blank", "must not be blank"),
                                new FieldError("event", "registration-closed", "registration closed at 2026-01-01T00:00:00Z")))));
        UploadReport report = UploadReport.of(submission, answer);

        assertThat(report.rows()).isEqualTo(6);
        assertThat(report.added()).containsExactly(new UploadReport.Line(2, "张三", "…0011"));
        assertThat(report.alreadyRegistered()).extracting(UploadReport.Line::row).containsExactly(6);
        assertThat(report.bad()).extracting(UploadReport.BadRow::row).containsExactly(3, 4, 7, 8);
        assertThat(report.headers()).first().isEqualTo("姓名 Name");

        UploadReport.BadRow row3 = report.bad().get(0);
        assertThat(row3.sent()).isTrue();
        assertThat(row3.cells()).filteredOn(UploadReport.ShownCell::invalid).extracting(UploadReport.ShownCell::reference)
                .containsExactly("B3");
        assertThat(row3.reasons()).singleElement().satisfies(r -> {
            assertThat(r.where()).isEqualTo("B3");
            assertThat(r.column()).isEqualTo("身份证号 ID number");
            assertThat(r.value()).isEqualTo("650203199001010012");
            assertThat(r.text()).contains("校验位");
            assertThat(r.code()).isEqualTo("id-number-check-digit");
            assertThat(r.fromConsole()).isFalse();
        });

        UploadReport.BadRow row4 = report.bad().get(1);
        assertThat(row4.sent()).isFalse();
        assertThat(row4.reasons()).singleElement().satisfies(r -> {
            assertThat(r.where()).isEqualTo("G4");
            assertThat(r.value()).isEqualTo("abc");
            assertThat(r.fromConsole()).isTrue();
        });

        assertThat(report.bad().get(2).reasons()).singleElement()
                .satisfies(r -> assertThat(r.text()).isEqualTo("与第 2 行是同一人 The same person as row 2"));

        UploadReport.BadRow row8 = report.bad().get(3);
        assertThat(row8.reasons()).extracting(UploadReport.Reason::where).containsExactly("F8", "A8", "第 8 行 Row 8");
        assertThat(row8.cells()).filteredOn(UploadReport.ShownCell::invalid).extracting(UploadReport.ShownCell::reference)
                .containsExactly("A8", "F8");
        assertThat(row8.reasons().get(2).column()).isNull();
    }

    @Test
    void aSheetWithoutEntrantsIsRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> UploadReport.prepare("e.csv", SheetReader.read("e.csv", HEADER.getBytes(StandardCharsets.UTF_8), 10)))
                .isInstanceOf(SheetException.class).hasMessageContaining("no entrants");
    }
}
