package org.skillscontest.console.backend;

/** A service refused a call (4xx) or failed (5xx); the problem it answered with, for the page to show. */
public class ApiException extends RuntimeException {

    private final Problem problem;

    public ApiException(Problem problem) {
        super(problem.status() + " " + problem.summary(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public int status() {
        return problem.status();
    }
}
