package org.skillscontest.ranking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.skillscontest.contracts.HonourKind;
import org.skillscontest.contracts.Level;

class HonourPolicyTest {

    private static final HonourPolicy NATIONAL = HonourPolicy.forLevel(Level.NATIONAL);

    /** place, current skill level, expected kinds (| separated), upgrade target or empty. */
    @ParameterizedTest
    @CsvSource({
            "1, 3, MAY_DAY_MEDAL|TECHNICAL_EXPERT|SKILL_LEVEL_UPGRADE, 2",
            "1, 2, MAY_DAY_MEDAL|TECHNICAL_EXPERT, ",            // already a technician: no upgrade
            "1, 1, MAY_DAY_MEDAL|TECHNICAL_EXPERT, ",
            "2, 4, TECHNICAL_EXPERT|SKILL_LEVEL_UPGRADE, 2",
            "5, 3, TECHNICAL_EXPERT|SKILL_LEVEL_UPGRADE, 2",     // the last Technical Expert place
            "6, 4, SKILL_LEVEL_UPGRADE, 3",                      // 6–20: senior worker
            "6, 3, '', ",                                        // already a senior worker
            "20, 5, SKILL_LEVEL_UPGRADE, 3",
            "21, 5, '', ",                                       // past the table
    })
    void theNationalTableFollowsDomainMd(int place, int level, String kinds, Integer target) {
        List<HonourPolicy.Recommendation> recs = NATIONAL.recommend(place, level, false);
        List<String> expected = kinds.isEmpty() ? List.of() : List.of(kinds.split("\\|"));
        assertThat(recs).extracting(r -> r.kind().name()).containsExactlyElementsOf(expected);
        assertThat(recs.stream().filter(r -> r.kind() == HonourKind.SKILL_LEVEL_UPGRADE).map(HonourPolicy.Recommendation::targetSkillLevel)
                .findFirst().orElse(null)).isEqualTo(target);
    }

    @Test
    void atMostOneUpgradeAYear() {
        assertThat(NATIONAL.recommend(1, 4, true)).extracting(HonourPolicy.Recommendation::kind)
                .containsExactly(HonourKind.MAY_DAY_MEDAL, HonourKind.TECHNICAL_EXPERT);
    }

    @Test
    void provincialAndCityTablesAreSmaller() {
        HonourPolicy province = HonourPolicy.forLevel(Level.PROVINCIAL);
        assertThat(province.recommend(3, 4, false)).extracting(HonourPolicy.Recommendation::kind)
                .containsExactly(HonourKind.TECHNICAL_EXPERT, HonourKind.SKILL_LEVEL_UPGRADE);
        assertThat(province.recommend(4, 4, false)).isEmpty();                       // target 4, already there
        assertThat(province.recommend(4, 5, false).get(0).targetSkillLevel()).isEqualTo(4);
        assertThat(province.recommend(11, 5, false)).isEmpty();
        HonourPolicy city = HonourPolicy.forLevel(Level.CITY);
        assertThat(city.recommend(1, 5, false)).extracting(HonourPolicy.Recommendation::kind)
                .containsExactly(HonourKind.MAY_DAY_MEDAL, HonourKind.TECHNICAL_EXPERT, HonourKind.SKILL_LEVEL_UPGRADE);
        assertThat(city.recommend(4, 5, false)).isEmpty();
    }
}
