package org.skillscontest.registration.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.skillscontest.platform.problem.FieldError;

/**
 * The eligibility rules (资格审核) of docs/domain.md that depend on the applicant and the event, as one
 * pure function: every failure becomes a field-level error with a stable code.
 */
public final class Eligibility {

    /** Per-deployment settings; the defaults are docs/domain.md's. */
    public record Settings(int minimumAge, int retirementAge, int maxEventsPerCompetition) {
        public static Settings defaults() {
            return new Settings(16, 60, 1);
        }
    }

    /** What the rules look at. Counts are of active (not withdrawn) entries. */
    public record Facts(IdNumber idNumber, String federationRegion, String competitionRegion, LocalDate startsOn,
                        Instant registrationClosesAt, Instant now, int capacity, long activeEntriesInEvent,
                        boolean personAlreadyInEvent, long personEventsInCompetition) {
    }

    private Eligibility() {
    }

    public static List<FieldError> check(Facts facts, Settings settings) {
        List<FieldError> errors = new ArrayList<>();
        int age = facts.idNumber().ageOn(facts.startsOn());
        if (age < settings.minimumAge()) {
            errors.add(new FieldError("idNumber", "too-young",
                    "the entrant is " + age + " on " + facts.startsOn() + "; the minimum age is " + settings.minimumAge()));
        } else if (age >= settings.retirementAge()) {
            errors.add(new FieldError("idNumber", "retirement-age",
                    "the entrant is " + age + " on " + facts.startsOn() + ", at or above the retirement age " + settings.retirementAge()));
        }
        if (facts.personAlreadyInEvent()) {
            errors.add(new FieldError("idNumber", "already-entered", "this person has already entered this event"));
        } else if (facts.personEventsInCompetition() >= settings.maxEventsPerCompetition()) {
            errors.add(new FieldError("idNumber", "too-many-events", "this person has already entered "
                    + facts.personEventsInCompetition() + " event(s) of this competition; the limit is " + settings.maxEventsPerCompetition()));
        }
        if (!RegionCode.contains(facts.competitionRegion(), facts.federationRegion())) {
            errors.add(new FieldError("federation", "outside-jurisdiction", "the federation's region "
                    + facts.federationRegion() + " does not lie inside the competition's region " + facts.competitionRegion()));
        }
        if (!facts.now().isBefore(facts.registrationClosesAt())) {
            errors.add(new FieldError("event", "registration-closed", "registration closed at " + facts.registrationClosesAt()));
        }
        if (facts.activeEntriesInEvent() >= facts.capacity()) {
            errors.add(new FieldError("event", "event-full", "the event is full (capacity " + facts.capacity() + ")"));
        }
        return errors;
    }
}
