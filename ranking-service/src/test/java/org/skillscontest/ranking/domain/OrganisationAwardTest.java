package org.skillscontest.ranking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillscontest.contracts.Award;
import org.skillscontest.contracts.HonourSettings;

/** The organisation award table: points per award at each event's points, most points first. */
class OrganisationAwardTest {

    private static final HonourSettings.OrganisationAward DEFAULT = HonourSettings.OrganisationAward.defaults();
    private static final HonourSettings.OrganisationAward SHANGHAI = new HonourSettings.OrganisationAward(10, 6, 3, 1);

    @Test
    void theDefaultPointsAreFourThreeTwoOne() {
        assertThat(OrganisationAward.points(Award.GOLD, DEFAULT)).isEqualTo(4);
        assertThat(OrganisationAward.points(Award.SILVER, DEFAULT)).isEqualTo(3);
        assertThat(OrganisationAward.points(Award.BRONZE, DEFAULT)).isEqualTo(2);
        assertThat(OrganisationAward.points(Award.EXCELLENCE, DEFAULT)).isEqualTo(1);
        assertThat(OrganisationAward.points(Award.GOLD, null)).isEqualTo(4);
    }

    @Test
    void anEventsOwnPointsCount() {
        assertThat(OrganisationAward.points(Award.GOLD, SHANGHAI)).isEqualTo(10);
        assertThat(OrganisationAward.points(Award.BRONZE, SHANGHAI)).isEqualTo(3);
        assertThat(OrganisationAward.points(Award.EXCELLENCE, new HonourSettings.OrganisationAward(5, 0, 0, 0))).isZero();
    }

    @Test
    void aCompetitionAddsUpEachEventAtItsOwnPoints() {
        List<OrganisationAward.Row> table = OrganisationAward.table(List.of(
                new OrganisationAward.Won("KRMY", Award.GOLD, DEFAULT),      // 4
                new OrganisationAward.Won("KRMY", Award.BRONZE, SHANGHAI),   // 3
                new OrganisationAward.Won("DSZ", Award.GOLD, SHANGHAI),      // 10
                new OrganisationAward.Won("BJT", Award.SILVER, DEFAULT),     // 3
                new OrganisationAward.Won("BJT", Award.EXCELLENCE, DEFAULT), // 1
                new OrganisationAward.Won("AKS", Award.SILVER, SHANGHAI),    // 6 + 1
                new OrganisationAward.Won("AKS", Award.EXCELLENCE, SHANGHAI)));
        assertThat(table).containsExactly(
                new OrganisationAward.Row("DSZ", 1, 0, 0, 0, 10),
                new OrganisationAward.Row("AKS", 0, 1, 0, 1, 7),
                new OrganisationAward.Row("KRMY", 1, 0, 1, 0, 7),   // equal points: by federation code
                new OrganisationAward.Row("BJT", 0, 1, 0, 1, 4));
    }

    @Test
    void awardsOfUnknownFederationsAndNoAwardsCountForNobody() {
        assertThat(OrganisationAward.table(List.of(new OrganisationAward.Won(null, Award.GOLD, DEFAULT),
                new OrganisationAward.Won("KRMY", null, DEFAULT)))).isEmpty();
        assertThat(OrganisationAward.table(List.of())).isEmpty();
    }
}
