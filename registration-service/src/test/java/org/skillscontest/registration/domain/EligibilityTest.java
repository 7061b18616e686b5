package org.skillscontest.registration.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.skillscontest.platform.problem.FieldError;

class EligibilityTest {

    static final LocalDate STARTS_ON = LocalDate.of(2026, 5, 1);
    static final Instant CLOSES_AT = Instant.parse("2026-04-20T16:00:00Z");
    static final Eligibility.Settings DEFAULTS = Eligibility.Settings.defaults();

    /** Facts of an eligible applicant (a 36-year-old from Karamay, room and time left); tests change one thing. */
    static final class Applicant {
        IdNumber idNumber = born(LocalDate.of(1990, 3, 7));
        String federationRegion = "650200";
        String competitionRegion = "650200";
        LocalDate startsOn = STARTS_ON;
        Instant now = CLOSES_AT.minusSeconds(86_400);
        int capacity = 100;
        long activeEntries = 10;
        boolean alreadyInEvent = false;
        long eventsInCompetition = 0;
        Eligibility.Settings settings = DEFAULTS;

        List<FieldError> check() {
            return Eligibility.check(new Eligibility.Facts(idNumber, federationRegion, competitionRegion, startsOn,
                    CLOSES_AT, now, capacity, activeEntries, alreadyInEvent, eventsInCompetition), settings);
        }
    }

    static IdNumber born(LocalDate birthDate) {
        return IdNumber.parse(IdNumberTest.born(birthDate), IdNumberTest.TODAY).valid().orElseThrow();
    }

    static List<FieldError> errors(Consumer<Applicant> change) {
        Applicant applicant = new Applicant();
        change.accept(applicant);
        return applicant.check();
    }

    static List<String> codes(Consumer<Applicant> change) {
        return errors(change).stream().map(FieldError::code).toList();
    }

    /** '' in a table means no error. */
    static List<String> expected(String code) {
        return code.isEmpty() ? List.of() : List.of(code);
    }

    @Test
    void eligibleApplicantHasNoErrors() {
        assertThat(errors(a -> { })).isEmpty();
    }

    @ParameterizedTest(name = "born {0}: {1}")
    @CsvSource({
            "2010-05-01, ''", // exactly 16 on the start date
            "2010-05-02, too-young", // one day short of 16
            "2010-04-30, ''",
            "2026-05-01, too-young", // born on the start date
            "1966-05-02, ''", // 59, one day short of 60
            "1966-05-01, retirement-age", // exactly 60
            "1950-01-01, retirement-age",
    })
    void ageOnTheStartDate(LocalDate birthDate, String code) {
        assertThat(codes(a -> a.idNumber = born(birthDate))).isEqualTo(expected(code));
    }

    @Test
    void leapDayBirthday() {
        IdNumber leapling = born(LocalDate.of(2008, 2, 29));
        assertThat(codes(a -> { a.idNumber = leapling; a.startsOn = LocalDate.of(2024, 2, 29); })).isEmpty();
        assertThat(codes(a -> { a.idNumber = leapling; a.startsOn = LocalDate.of(2024, 2, 28); }))
                .containsExactly("too-young");
    }

    @Test
    void ageErrorNamesTheFieldAndTheAge() {
        assertThat(errors(a -> a.idNumber = born(LocalDate.of(2010, 5, 2)))).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("idNumber");
            assertThat(e.message()).contains("15", "16");
        });
    }

    @ParameterizedTest(name = "born {0}, limits 18/55: {1}")
    @CsvSource({
            "2008-05-02, too-young",
            "2008-05-01, ''",
            "1971-05-02, ''",
            "1971-05-01, retirement-age",
    })
    void ageLimitsAreSettings(LocalDate birthDate, String code) {
        assertThat(codes(a -> {
            a.idNumber = born(birthDate);
            a.settings = new Eligibility.Settings(18, 55, 1);
        })).isEqualTo(expected(code));
    }

    @Test
    void alreadyEnteredThisEvent() {
        // already-entered says it all: no second error about the number of events
        assertThat(errors(a -> { a.alreadyInEvent = true; a.eventsInCompetition = 1; }))
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("idNumber", "already-entered"));
    }

    @ParameterizedTest(name = "limit {0}, already in {1}: {2}")
    @CsvSource({
            "1, 0, ''",
            "1, 1, too-many-events",
            "1, 2, too-many-events",
            "2, 1, ''",
            "2, 2, too-many-events",
            "3, 2, ''",
    })
    void eventsPerCompetition(int limit, long entered, String code) {
        assertThat(codes(a -> {
            a.eventsInCompetition = entered;
            a.settings = new Eligibility.Settings(16, 60, limit);
        })).isEqualTo(expected(code));
    }

    @ParameterizedTest(name = "federation {0} in competition {1}: {2}")
    @CsvSource({
            "650200, 650200, ''",
            "650200, 650000, ''",
            "650100, 650000, ''",
            "650000, 650000, ''",
            "650000, 100000, ''",
            "220100, 100000, ''",
            "140522, 140500, ''",
            "220100, 650000, outside-jurisdiction",
            "650100, 650200, outside-jurisdiction", // a sibling city
            "650000, 650200, outside-jurisdiction", // the province in a city competition
            "100000, 650000, outside-jurisdiction", // a national federation in a provincial competition
    })
    void jurisdiction(String federationRegion, String competitionRegion, String code) {
        List<FieldError> errors = errors(a -> {
            a.federationRegion = federationRegion;
            a.competitionRegion = competitionRegion;
        });
        assertThat(errors).extracting(FieldError::code).isEqualTo(expected(code));
        assertThat(errors).allSatisfy(e -> assertThat(e.field()).isEqualTo("federation"));
    }

    @ParameterizedTest(name = "now {0}: {1}")
    @CsvSource({
            "2026-04-01T00:00:00Z, ''",
            "2026-04-20T15:59:59Z, ''", // one second before closing
            "2026-04-20T15:59:59.999999999Z, ''",
            "2026-04-20T16:00:00Z, registration-closed", // the closing instant itself is closed
            "2026-04-20T16:00:01Z, registration-closed",
            "2026-05-01T00:00:00Z, registration-closed",
    })
    void registrationWindow(Instant now, String code) {
        List<FieldError> errors = errors(a -> a.now = now);
        assertThat(errors).extracting(FieldError::code).isEqualTo(expected(code));
        assertThat(errors).allSatisfy(e -> assertThat(e.field()).isEqualTo("event"));
    }

    @ParameterizedTest(name = "capacity {0}, active {1}: {2}")
    @CsvSource({
            "100, 0, ''",
            "100, 99, ''", // the last place
            "100, 100, event-full",
            "100, 101, event-full",
            "1, 0, ''",
            "1, 1, event-full",
    })
    void capacity(int capacity, long active, String code) {
        List<FieldError> errors = errors(a -> { a.capacity = capacity; a.activeEntries = active; });
        assertThat(errors).extracting(FieldError::code).isEqualTo(expected(code));
        assertThat(errors).allSatisfy(e -> assertThat(e.field()).isEqualTo("event"));
    }

    @Test
    void everyFailureIsReportedAtOnce() {
        assertThat(errors(a -> {
            a.idNumber = born(LocalDate.of(2012, 1, 1));
            a.eventsInCompetition = 1;
            a.federationRegion = "220100";
            a.competitionRegion = "650000";
            a.now = CLOSES_AT;
            a.capacity = 50;
            a.activeEntries = 50;
        })).extracting(FieldError::field, FieldError::code).containsExactly(
                tuple("idNumber", "too-young"),
                tuple("idNumber", "too-many-events"),
                tuple("federation", "outside-jurisdiction"),
                tuple("event", "registration-closed"),
                tuple("event", "event-full"));
    }

    @Test
    void retiredAndAlreadyEnteredTogether() {
        assertThat(codes(a -> {
            a.idNumber = born(LocalDate.of(1960, 1, 1));
            a.alreadyInEvent = true;
            a.eventsInCompetition = 1;
            a.activeEntries = 99;
        })).containsExactly("retirement-age", "already-entered");
    }
}
