package org.skillscontest.ranking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.skillscontest.contracts.HonourKind;
import org.skillscontest.contracts.HonourSettings;
import org.skillscontest.contracts.Level;

/** An event's own honour table: places per honour, upgrade bands to a level or by one or two levels (越级晋升). */
class EventHonourPolicyTest {

    /** A Shanghai-style final: 1st May Day medal, top 5 技术能手, 1st two levels up, 2nd–5th one level up. */
    private static final HonourSettings SHANGHAI = new HonourSettings(1, 5, List.of(
            new HonourSettings.Upgrade(1, 1, null, 2), new HonourSettings.Upgrade(2, 5, null, 1)), null);

    @ParameterizedTest
    @EnumSource(Level.class)
    void withoutSettingsAnEventKeepsItsLevelsTable(Level level) {
        assertThat(HonourPolicy.of(level, null)).isEqualTo(HonourPolicy.forLevel(level));
        assertThat(HonourPolicy.of(level, HonourSettings.defaults())).isEqualTo(HonourPolicy.forLevel(level));
    }

    @Test
    void eachPartLeftOutIsTheLevelsOwn() {
        HonourPolicy onlyMedals = HonourPolicy.of(Level.CITY, new HonourSettings(2, null, null, null));
        assertThat(onlyMedals.mayDayPlaces()).isEqualTo(2);
        assertThat(onlyMedals.technicalExpertPlaces()).isEqualTo(HonourPolicy.forLevel(Level.CITY).technicalExpertPlaces());
        assertThat(onlyMedals.upgrades()).isEqualTo(HonourPolicy.forLevel(Level.CITY).upgrades());
        HonourPolicy noUpgrades = HonourPolicy.of(Level.NATIONAL, new HonourSettings(null, null, List.of(), null));
        assertThat(noUpgrades.recommend(1, 5, false)).extracting(HonourPolicy.Recommendation::kind)
                .containsExactly(HonourKind.MAY_DAY_MEDAL, HonourKind.TECHNICAL_EXPERT);
        HonourPolicy noMedal = HonourPolicy.of(Level.NATIONAL, new HonourSettings(0, 0, null, null));
        assertThat(noMedal.recommend(1, 5, false)).extracting(HonourPolicy.Recommendation::kind)
                .containsExactly(HonourKind.SKILL_LEVEL_UPGRADE);
    }

    /** place, current level → upgrade target under the Shanghai table (empty: none). */
    @ParameterizedTest
    @CsvSource({
            "1, 5, 3",    // 初级工 → 高级工: two levels, skipping 中级工 (越级)
            "1, 4, 2",    // 中级工 → 技师
            "1, 3, 1",    // 高级工 → 高级技师
            "1, 2, 1",    // 技师: never above 高级技师
            "1, 1, ",     // 高级技师 already: nothing
            "2, 5, 4",    // one level
            "5, 2, 1",
            "5, 1, ",
            "6, 5, ",     // past the bands
    })
    void bandsByLevelsRiseFromTheEntrantsOwnLevel(int place, int current, Integer target) {
        HonourPolicy policy = HonourPolicy.of(Level.PROVINCIAL, SHANGHAI);
        Integer got = policy.recommend(place, current, false).stream()
                .filter(r -> r.kind() == HonourKind.SKILL_LEVEL_UPGRADE).map(HonourPolicy.Recommendation::targetSkillLevel)
                .findFirst().orElse(null);
        assertThat(got).isEqualTo(target);
    }

    @Test
    void aBandToAFixedLevelAndABandByLevelsMix() {
        HonourPolicy policy = HonourPolicy.of(Level.CITY, new HonourSettings(null, null, List.of(
                new HonourSettings.Upgrade(1, 3, 2, null), new HonourSettings.Upgrade(4, 10, null, 1)), null));
        assertThat(policy.recommend(2, 5, false)).extracting(HonourPolicy.Recommendation::targetSkillLevel)
                .containsExactly(null, 2);                                                // 技术能手, and up to 技师: three levels, as tables say
        assertThat(policy.recommend(2, 2, false)).extracting(HonourPolicy.Recommendation::kind)
                .doesNotContain(HonourKind.SKILL_LEVEL_UPGRADE);                          // at the target already
        assertThat(policy.recommend(4, 5, false)).extracting(HonourPolicy.Recommendation::targetSkillLevel).containsExactly(4);
        assertThat(policy.lastHonouredPlace()).isEqualTo(10);
    }

    @Test
    void theOneUpgradeAYearRuleHoldsForTwoLevelUpgradesToo() {
        HonourPolicy policy = HonourPolicy.of(Level.PROVINCIAL, SHANGHAI);
        assertThat(policy.recommend(1, 5, true)).extracting(HonourPolicy.Recommendation::kind)
                .containsExactly(HonourKind.MAY_DAY_MEDAL, HonourKind.TECHNICAL_EXPERT);
        // through the review as the service runs it: an upgrade held elsewhere this year withholds the 越级 one
        UUID entry = new UUID(7, 7);
        List<HonourReview.Due> due = HonourReview.due(policy, List.of(new HonourReview.Entrant(entry, 1, 5, true)));
        assertThat(due).extracting(HonourReview.Due::kind).doesNotContain(HonourKind.SKILL_LEVEL_UPGRADE);
        due = HonourReview.due(policy, List.of(new HonourReview.Entrant(entry, 1, 5, false)));
        assertThat(due).filteredOn(d -> d.kind() == HonourKind.SKILL_LEVEL_UPGRADE).extracting(HonourReview.Due::targetSkillLevel)
                .containsExactly(3);
    }

    @Test
    void aBandIsWellFormed() {
        assertThatThrownBy(() -> new HonourPolicy.Upgrade(0, 3, 4, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HonourPolicy.Upgrade(4, 3, 4, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HonourPolicy.Upgrade(1, 3, 4, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HonourPolicy.Upgrade(1, 3, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HonourPolicy.Upgrade(1, 3, null, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HonourPolicy.Upgrade(1, 3, 6, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HonourPolicy.Upgrade(1, 3, null, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
