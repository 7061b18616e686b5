package org.skillscontest.console.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Certificates are built, then read back as text (the ToUnicode map makes the Chinese extractable) and their fonts inspected. */
class CertificatePdfTest {

    static final String COMPETITION = "2026年克拉玛依市职工职业技能大赛";

    @Test
    void oneLandscapePagePerWinnerSayingWhoWonWhat() {
        List<Certificate> certificates = List.of(
                new Certificate("王建国", COMPETITION, "焊工", "GOLD", 1, COMPETITION + "组织委员会", LocalDate.of(2026, 5, 1)),
                new Certificate("李秀英", COMPETITION, "焊工", "SILVER", 2, COMPETITION + "组织委员会", LocalDate.of(2026, 5, 1)),
                new Certificate("欧阳娜娜", COMPETITION, "焊工", "EXCELLENCE", 4, COMPETITION + "组织委员会", LocalDate.of(2026, 5, 1)));
        PdfFacts pdf = PdfFacts.of(CertificatePdf.build(Fixtures.font(), certificates));

        assertThat(pdf.pages()).hasSize(3);
        assertThat(pdf.landscape()).isTrue();
        for (int i = 0; i < certificates.size(); i++) {
            Certificate c = certificates.get(i);
            String page = pdf.compact(i + 1);
            assertThat(page).contains("获奖证书", c.name() + "同志", COMPETITION + "焊工赛项", "荣获第" + c.place() + "名",
                    Labels.award(c.award()), COMPETITION + "组织委员会", "二〇二六年五月一日");
        }
        assertThat(pdf.compact(3)).contains("优胜奖").doesNotContain("王建国");
    }

    @Test
    void theChineseFontIsEmbeddedAsASubsetWithAToUnicodeMap() {
        Certificate c = new Certificate("王建国", COMPETITION, "焊工", "BRONZE", 3, "组委会", LocalDate.of(2026, 5, 1));
        byte[] bytes = CertificatePdf.build(Fixtures.font(), List.of(c));
        PdfFacts pdf = PdfFacts.of(bytes);

        assertThat(pdf.fonts()).isNotEmpty().allSatisfy(font -> {
            assertThat(font.subtype()).isEqualTo("Type0");
            assertThat(font.baseFont()).endsWith("WenQuanYiMicroHei");
            assertThat(font.subset()).as("subset prefix of %s", font.baseFont()).isTrue();
            assertThat(font.fontFile2()).as("FontFile2 of %s", font.baseFont()).isTrue();
            assertThat(font.toUnicode()).as("ToUnicode of %s", font.baseFont()).isTrue();
        });
        // a subset: the page's glyphs, not the font's five megabytes
        assertThat(bytes.length).isLessThan(200_000);
    }

    @Test
    void longNamesWrapWithinTheOnePage() {
        String longCompetition = "2026年新疆维吾尔自治区第十二届职工职业技能大赛暨全国职工职业技能大赛选拔赛";
        Certificate c = new Certificate("阿卜杜热依木·买买提艾力", longCompetition, "工业机器人系统操作员（机器人焊接方向）", "GOLD", 1,
                longCompetition + "组织委员会", LocalDate.of(2026, 12, 31));
        PdfFacts pdf = PdfFacts.of(CertificatePdf.build(Fixtures.font(), List.of(c)));
        assertThat(pdf.pages()).hasSize(1);
        assertThat(pdf.compact(1)).contains("阿卜杜热依木·买买提艾力", "金奖", "二〇二六年十二月三十一日");
    }

    @Test
    void aMissingFontIsSaidPlainly() {
        assertThatThrownBy(() -> ChineseFont.load(Path.of("/nowhere/wqy-microhei.ttc")))
                .isInstanceOf(ChineseFont.FontMissingException.class)
                .hasMessageContaining("/nowhere/wqy-microhei.ttc")
                .hasMessageContaining("fonts-wqy-microhei");
    }
}
