package org.skillscontest.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.skillscontest.platform.text.Text.Defect;

/** The text rules over every code point, and as constraints on a record. */
class TextTest {

    @Test
    void everyCodePointOfALineIsJudgedByItsKindAlone() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (Character.getType(cp) == Character.SURROGATE) {
                continue; // alone below
            }
            String text = "王" + Character.toString(cp) + "芳";
            Defect expected = cp == 0 ? Defect.NUL
                    : Character.getType(cp) == Character.CONTROL ? Defect.CONTROL
                    : Text.isBidiControl(cp) ? Defect.BIDI_CONTROL
                    : Text.isZeroWidth(cp) ? Defect.ZERO_WIDTH
                    : null;
            assertThat(Text.ofLine(text)).as("U+%04X", cp).isEqualTo(expected);
        }
    }

    @Test
    void freeTextAllowsTabsLineBreaksAndDirectionButNoOtherControl() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (Character.getType(cp) == Character.SURROGATE) {
                continue;
            }
            String text = "病假" + Character.toString(cp) + " sick leave";
            Defect expected = cp == 0 ? Defect.NUL
                    : Character.getType(cp) == Character.CONTROL && cp != '\t' && cp != '\n' && cp != '\r' ? Defect.CONTROL
                    : null;
            assertThat(Text.ofFreeText(text)).as("U+%04X", cp).isEqualTo(expected);
        }
    }

    @Test
    void theControlsRefusedAreExactlyTheListedOnes() {
        List<Integer> bidi = List.of(0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069);
        List<Integer> zeroWidth = List.of(0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF);
        for (int cp = 0; cp <= 0xFFFF; cp++) {
            assertThat(Text.isBidiControl(cp)).as("U+%04X", cp).isEqualTo(bidi.contains(cp));
            assertThat(Text.isZeroWidth(cp)).as("U+%04X", cp).isEqualTo(zeroWidth.contains(cp));
        }
    }

    @Test
    void everySurrogateAloneIsRefusedAnywhereInTheString() {
        for (char c = Character.MIN_SURROGATE; ; c++) {
            for (String text : List.of(String.valueOf(c), c + "王", "王" + c, "王" + c + "芳")) {
                assertThat(Text.unstorable(text)).as("U+%04X in %s", (int) c, text.length()).isEqualTo(Defect.LONE_SURROGATE);
                assertThat(Text.ofLine(text)).isEqualTo(Defect.LONE_SURROGATE);
                assertThat(Text.ofFreeText(text)).isEqualTo(Defect.LONE_SURROGATE);
            }
            if (c == Character.MAX_SURROGATE) {
                break;
            }
        }
    }

    @Test
    void surrogatesInTheWrongOrderOrHalfAPairAreRefusedPairsAreNot() {
        assertThat(Text.unstorable("\udc00\ud800")).isEqualTo(Defect.LONE_SURROGATE);
        assertThat(Text.unstorable("\ud800\ud800\udc00")).isEqualTo(Defect.LONE_SURROGATE);
        assertThat(Text.unstorable("\ud800\udc00\udc00")).isEqualTo(Defect.LONE_SURROGATE);
        assertThat(Text.unstorable("𠀀𠮷😀")).isNull();  // CJK extension B and an emoji: pairs
        assertThat(Text.ofLine("𠮷野家")).isNull();
    }

    @Test
    void realNamesCodesAndReasonsPass() {
        for (String name : List.of("王芳", "买买提·艾力", "Zoë", "Jose\u0301", "克拉玛依区总工会", "１２３", "O'Brien",
                "' OR '1'='1", "A-1", "91650200MA77ABCDEX")) {
            assertThat(Text.ofLine(name)).as(name).isNull();
        }
        assertThat(Text.ofFreeText("复核后维持原分。\n\t第二行\r\n👩‍🔧 (ZWJ)")).isNull();
        assertThat(Text.ofLine("👩‍🔧")).isEqualTo(Defect.ZERO_WIDTH);  // a line of a name has no joiners
    }

    @Test
    void nulIsRefusedEvenInFreeText() {
        assertThat(Text.unstorable("a\u0000b")).isEqualTo(Defect.NUL);
        assertThat(Text.ofFreeText("a\u0000b")).isEqualTo(Defect.NUL);
        assertThat(Text.unstorable("a\u0001b\u202E")).isNull();  // storable, but not a line: the constraints refuse it
    }

    record Request(@Printable String name, @FreeText String reason, Map<@Printable String, @FreeText String> answers) {
    }

    @Test
    void asConstraintsTheyNameTheRuleBroken() {
        Validator validator = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

        assertThat(validator.validate(new Request("王芳", "病假\n第二天", Map.of("q1", "A")))).isEmpty();
        assertThat(validator.validate(new Request(null, null, null))).isEmpty();
        assertThat(validator.validate(new Request("王\u202E芳", "病\u0007假", Map.of("q\u200B1", "A"))))
                .extracting(v -> v.getPropertyPath().toString(), v -> v.getMessage())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("name", Defect.BIDI_CONTROL.message),
                        org.assertj.core.groups.Tuple.tuple("reason", Defect.CONTROL.message),
                        org.assertj.core.groups.Tuple.tuple("answers<K>[q\u200B1].<map key>", Defect.ZERO_WIDTH.message));
    }
}
