package org.skillscontest.platform.problem;

import java.util.List;

/**
 * A request the service refuses, with the status and problem details the client gets. Thrown from
 * resources and services; nothing the request did is kept, since the transaction rolls back.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<FieldError> errors;

    public ProblemException(int status, String slug, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    }

    public static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(400, "invalid-input", "Invalid input", "The request has invalid fields.", errors);
    }

    public static ProblemException invalid(String field, String code, String message) {
        return invalid(List.of(new FieldError(field, code, message)));
    }

    public static ProblemException ineligible(List<FieldError> errors) {
        return new ProblemException(422, "ineligible", "Not eligible",
                "The entrant does not meet the eligibility rules (资格审核).", errors);
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "not-found", "Not found", what + " does not exist.", null);
    }

    public static ProblemException conflict(String slug, String detail, List<FieldError> errors) {
        return new ProblemException(409, slug, "Conflict", detail, errors);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, null);
    }

    public int status() {
        return status;
    }

    public Problem toProblem(String instance) {
        return new Problem(Problem.type(slug), title, status, getMessage(), instance, errors);
    }
}
