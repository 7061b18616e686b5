package org.skillscontest.scoring.api;

import java.util.List;
import org.skillscontest.scoring.domain.ScoredEvent;
import org.skillscontest.scoring.service.Progress;

/**
 * How far a round's marking has come. {@code entrants} compete in it; each judge of each module is
 * expected to mark every one of them; {@code version} is the last results version, 0 before the lock.
 */
public record ProgressView(String competition, String event, String round, long entrants, boolean locked, int version,
                           List<Judge> judges, long theoryEntered, long theoryExpected) {

    public record Judge(String judge, String module, long expected, long entered) {
    }

    static ProgressView of(Progress.RoundProgress p) {
        ScoredEvent round = p.round();
        return new ProgressView(round.competition, round.event, roundOf(round), p.entrants(), round.locked(),
                round.resultsVersion, p.judges().stream().map(j -> new Judge(j.judge(), j.module(), j.expected(), j.entered())).toList(),
                p.theoryEntered(), p.theoryExpected());
    }

    /** A round before the final by its code; the final (or only) round, addressed as the event itself, as null. */
    static String roundOf(ScoredEvent round) {
        return round.earlierRound() ? round.round : null;
    }
}
