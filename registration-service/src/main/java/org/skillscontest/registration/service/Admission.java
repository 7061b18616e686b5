package org.skillscontest.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.skillscontest.platform.problem.FieldError;
import org.skillscontest.registration.config.EligibilityConfig;
import org.skillscontest.registration.domain.Competition;
import org.skillscontest.registration.domain.CompetitionEvent;
import org.skillscontest.registration.domain.Eligibility;
import org.skillscontest.registration.domain.Federation;

/** Eligibility (资格审核) of an intake's screened rows, row by row, counting each accepted row against the event's capacity. */
@ApplicationScoped
public class Admission {

    private final EligibilityConfig eligibility;

    public Admission(EligibilityConfig eligibility) {
        this.eligibility = eligibility;
    }

    /** The rows that are eligible; each refused row gets its outcome in {@code outcomes}. */
    List<Candidate> admit(List<Candidate> candidates, Competition competition, CompetitionEvent event, Federation federation,
                          IntakeReads.Known known, long active, Instant now, Outcome[] outcomes) {
        List<Candidate> accepted = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            List<String> personEvents = known.activeEvents(c.idNumberValue());
            List<FieldError> ineligible = Eligibility.check(new Eligibility.Facts(c.idNumber(), federation.regionCode,
                    competition.regionCode, competition.startsOn, competition.registrationClosesAt, now, event.capacity,
                    active, personEvents.contains(event.code), personEvents.size()), eligibility.settings());
            if (ineligible.isEmpty()) {
                accepted.add(c);
                active++;
            } else {
                boolean duplicate = ineligible.stream().anyMatch(e -> e.code().equals("already-entered"));
                outcomes[c.index()] = Outcome.rejected(c.index(), duplicate ? Outcome.Kind.DUPLICATE : Outcome.Kind.INELIGIBLE,
                        ineligible);
            }
        }
        return accepted;
    }
}
