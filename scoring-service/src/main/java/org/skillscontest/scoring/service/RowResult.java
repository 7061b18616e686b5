package org.skillscontest.scoring.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.skillscontest.platform.problem.FieldError;

/** The answer for one row of a batch: accepted, or rejected with its errors. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RowResult(int index, String status, List<FieldError> errors) {

    public static RowResult accepted(int index) {
        return new RowResult(index, "ACCEPTED", null);
    }

    public static RowResult rejected(int index, List<FieldError> errors) {
        return new RowResult(index, "REJECTED", List.copyOf(errors));
    }
}
