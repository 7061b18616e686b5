package org.skillscontest.registration.service;

import java.util.List;
import org.skillscontest.platform.problem.FieldError;

/** One row's fate in an intake: accepted, or rejected with the kind of refusal. */
record Outcome(BatchAnswer.Accepted accepted, BatchAnswer.Rejected rejected, Kind kind) {

    enum Kind { INVALID, DUPLICATE, INELIGIBLE }

    static Outcome accepted(int index, java.util.UUID entryId, java.util.UUID personId) {
        return new Outcome(new BatchAnswer.Accepted(index, entryId, personId), null, null);
    }

    static Outcome rejected(int index, Kind kind, List<FieldError> errors) {
        return new Outcome(null, new BatchAnswer.Rejected(index, List.copyOf(errors)), kind);
    }

    static BatchAnswer answer(List<Outcome> outcomes) {
        return new BatchAnswer(outcomes.stream().filter(o -> o.accepted() != null).map(Outcome::accepted).toList(),
                outcomes.stream().filter(o -> o.rejected() != null).map(Outcome::rejected).toList());
    }
}
