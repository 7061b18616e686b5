package org.skillscontest.deploy.bench.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.skillscontest.contracts.CheckCharacters;

class ShapeTest {

    @Test
    void theDefaultIsThirtyProvincesOfFourCitiesWithTwentyEventsAndOneHundredThousandEntrants() {
        Shape s = Shape.NATIONAL;
        assertThat(s.cityList()).hasSize(120);
        assertThat(s.cityEvents()).isEqualTo(2400);
        assertThat(s.provincialEvents()).isEqualTo(600);
        assertThat(s.competitions()).isEqualTo(151);
        assertThat(s.federations()).isEqualTo(240);
        assertThat(total(s)).isEqualTo(100_000);
    }

    @Test
    void everyEntrantIsInExactlyOneCityEventAndTheEventInRoundsDrawsAboutThreeTimesAsMany() {
        for (Shape s : List.of(Shape.NATIONAL, Shape.scaled(0.01), new Shape(2, 2, 3, 240), new Shape(3, 5, 7, 1_234), new Shape(1, 1, 1, 3))) {
            assertThat(total(s)).as(s.toString()).isEqualTo(s.entrants());
            for (int c = 0; c < s.cityList().size(); c++) {
                int[] sizes = s.entrantsOfCity(c);
                assertThat(IntStream.of(sizes).min().orElseThrow()).as(s + " city " + c).isGreaterThanOrEqualTo(Shape.CITY_QUOTA);
                if (s.events() > 1) {
                    assertThat(sizes[0]).as("the rounds event of " + s).isGreaterThanOrEqualTo(sizes[s.events() - 1] * 2);
                }
            }
        }
    }

    @Test
    void onlyTheFirstEventOfACityRunsInRoundsAndOnlyWhenThereAreOthers() {
        assertThat(new Shape(2, 2, 3, 240).inRounds(0)).isTrue();
        assertThat(new Shape(2, 2, 3, 240).inRounds(1)).isFalse();
        assertThat(new Shape(1, 1, 1, 3).inRounds(0)).isFalse();
    }

    @Test
    void theCutIsThirtyPercentRoundedDownAndAtLeastOne() {
        assertThat(Shape.finalists(114)).isEqualTo(34);
        assertThat(Shape.finalists(10)).isEqualTo(3);
        assertThat(Shape.finalists(2)).isEqualTo(1);
    }

    @Test
    void scaledKeepsEveryLevelRankableAndStaysWithinTheProvinces() {
        Shape small = Shape.scaled(0.001);
        assertThat(small.provinces()).isEqualTo(2);
        assertThat(small.events()).isEqualTo(2);
        assertThat(small.entrants()).isGreaterThanOrEqualTo(small.cityEvents() * Shape.CITY_QUOTA);
        assertThat(Shape.scaled(2).provinces()).isEqualTo(31);
        assertThat(Shape.scaled(1)).isEqualTo(Shape.NATIONAL);
        assertThatThrownBy(() -> Shape.scaled(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--scale");
        assertThatThrownBy(() -> new Shape(2, 2, 3, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void regionsNestCityInProvinceAndFederationInCity() {
        Shape.City city = Shape.NATIONAL.cityList().get(119);
        assertThat(city.province().region()).isEqualTo("640000");
        assertThat(city.region()).isEqualTo("640400");
        assertThat(city.federationRegion(1)).isEqualTo("640402").startsWith(city.region().substring(0, 4));
        assertThat(city.competition()).isEqualTo("C6404-2027");
    }

    @Test
    void peopleHaveDistinctValidIdNumbersAcrossAFederationsEvents() {
        Set<String> ids = new HashSet<>();
        for (int first = 0; first < 3_000; first += 100) {
            for (People.Person p : People.of("650402", first, 100)) {
                String id = p.idNumber();
                assertThat(ids.add(id)).as(id).isTrue();
                assertThat(id.charAt(17)).isEqualTo(CheckCharacters.idNumber(id.substring(0, 17)));
                assertThat(p.creditCode().charAt(17)).isEqualTo(CheckCharacters.creditCode(p.creditCode().substring(0, 17)));
            }
        }
    }

    @Test
    void percentilesAreNearestRank() {
        List<Long> sorted = IntStream.rangeClosed(1, 100).mapToObj(i -> (long) i).toList();
        assertThat(NationalReport.pct(sorted, 50)).isEqualTo(50);
        assertThat(NationalReport.pct(sorted, 99)).isEqualTo(99);
        assertThat(NationalReport.pct(List.of(7L), 99)).isEqualTo(7);
        assertThat(NationalReport.pct(List.of(), 50)).isZero();
    }

    private static int total(Shape s) {
        int sum = 0;
        for (int c = 0; c < s.cityList().size(); c++) {
            for (int e = 0; e < s.events(); e++) {
                sum += s.entrantsOf(c, e);
            }
        }
        return sum;
    }
}
