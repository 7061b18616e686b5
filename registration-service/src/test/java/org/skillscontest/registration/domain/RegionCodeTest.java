package org.skillscontest.registration.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeTest {

    @ParameterizedTest(name = "{0} contains {1}: {2}")
    @CsvSource({
            // national contains everything, including itself
            "100000, 100000, true",
            "100000, 650000, true",
            "100000, 650200, true",
            "100000, 140522, true",
            "100000, 310000, true",
            // province: its cities and counties, nothing else
            "650000, 650000, true",
            "650000, 650200, true",
            "650000, 650100, true",
            "650000, 650202, true",
            "650000, 220100, false",
            "650000, 220000, false",
            "650000, 100000, false",
            "140000, 140500, true",
            "140000, 140522, true",
            "110000, 110105, true",
            // city: itself and its counties, not siblings, its province or the nation
            "650200, 650200, true",
            "650200, 650202, true",
            "650200, 650100, false",
            "650200, 650000, false",
            "650200, 100000, false",
            "650200, 220100, false",
            "140500, 140522, true",
            "140500, 140600, false",
            "140500, 140621, false",
            // county: itself only
            "140522, 140522, true",
            "140522, 140521, false",
            "140522, 140500, false",
            "140522, 140000, false",
    })
    void contains(String outer, String inner, boolean expected) {
        assertThat(RegionCode.contains(outer, inner)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"100000", "650000", "650200", "140522"})
    void valid(String code) {
        assertThat(RegionCode.isValid(code)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"065000", "65000", "6500000", "65000A", " 650000"})
    void invalid(String code) {
        assertThat(RegionCode.isValid(code)).isFalse();
    }
}
