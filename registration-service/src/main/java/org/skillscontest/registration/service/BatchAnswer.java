package org.skillscontest.registration.service;

import java.util.List;
import java.util.UUID;
import org.skillscontest.platform.problem.FieldError;

/** The per-row report of a batch: which rows were registered, and why the others were not. */
public record BatchAnswer(List<Accepted> accepted, List<Rejected> rejected) {

    public record Accepted(int index, UUID entryId, UUID personId) {
    }

    /** {@code errors} name fields of the row ({@code idNumber}, {@code employer.creditCode}, …). */
    public record Rejected(int index, List<FieldError> errors) {
    }
}
