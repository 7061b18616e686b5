package org.skillscontest.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PrivacyScanTest {

    @Test
    void findsValidIdNumbersAndMobileNumbersInClear() {
        assertThat(PrivacyScan.find("t", "{\"idNumber\":\"11010519491231002X\"}", Set.of()))
                .extracting(PrivacyScan.Finding::value).containsExactly("11010519491231002X");
        assertThat(PrivacyScan.find("t", "phone=13812345678;", Set.of()))
                .extracting(PrivacyScan.Finding::value).containsExactly("13812345678");
    }

    @Test
    void leavesMaskedFormsAndOtherNumbersAlone() {
        String text = "{\"maskedIdNumber\":\"110105********002X\",\"phone\":\"138****5678\",\"offset\":123456789012345678,"
                + "\"at\":1764650000123,\"entryId\":\"3f2b6c1e-8d1a-4b7e-9c3d-110105194912\"}";
        assertThat(PrivacyScan.find("t", text, Set.of())).isEmpty();
        // eleven digits inside an ID number's hex digest (PipelineIT found one) are no phone number
        assertThat(PrivacyScan.find("t", "{\"idNumberDigest\":\"9f3c14122199444ab7e0\"}", Set.of())).isEmpty();
        // eighteen digits with a wrong check character are not an ID number
        assertThat(PrivacyScan.find("t", "110105194912310021", Set.of())).isEmpty();
    }

    @Test
    void findsTheValuesItIsGivenWherever() {
        assertThat(PrivacyScan.find("t", "name=张三 id=ZZ-9", Set.of("ZZ-9"))).extracting(PrivacyScan.Finding::value)
                .containsExactly("ZZ-9");
    }

    @Test
    void theCheckCharacterIsGb11643s() {
        assertThat(PrivacyScan.checkCharacterHolds("11010519491231002X")).isTrue();
        assertThat(PrivacyScan.checkCharacterHolds("110105194912310021")).isFalse();
    }
}
