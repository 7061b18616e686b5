package org.skillscontest.contracts;

import java.util.List;

/**
 * {@code scoring.round-results-published.v1}: one part of one version of the locked results of an
 * event's earlier round (初赛, 选拔赛), the round that has a cut. Split and versioned exactly as
 * {@link ResultsPublished}, which carries the final round's results (the event's results) as before.
 */
public record RoundResultsPublished(String competition, String event, String round, int version, int part, int parts,
                                    List<ResultsPublished.Result> results) {
}
