package org.skillscontest.scoring.api;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.UriInfo;
import org.skillscontest.platform.problem.ProblemException;
import org.skillscontest.platform.security.Caller;
import org.skillscontest.platform.text.Text;
import org.skillscontest.scoring.service.Disqualifying;
import org.skillscontest.scoring.service.Locking;
import org.skillscontest.scoring.service.Marking;
import org.skillscontest.scoring.service.Progress;
import org.skillscontest.scoring.service.ScoringReads;
import org.skillscontest.scoring.service.TheoryImport;

/**
 * Every operation of {@link ScoringResource} on one round of an event in rounds (初赛, 选拔赛, 决赛),
 * addressed by the round's code: each round has its own panel, marks, lock and results versions.
 */
@Path("/api/v1/events/{c}/{e}/rounds/{r}")
public class RoundScoringResource extends ScoringResource {

    private final UriInfo request;

    public RoundScoringResource(Marking marking, Locking locking, Disqualifying disqualifying, ScoringReads reads,
                                TheoryImport theoryImport, Progress progress, Caller caller, UriInfo request) {
        super(marking, locking, disqualifying, reads, theoryImport, progress, caller);
        this.request = request;
    }

    @Override
    protected String key(String c, String e) {
        String round = request.getPathParameters().getFirst("r");
        if (!round.matches(Text.CODE)) {
            // the round is no parameter of the inherited methods: Bean Validation cannot check it as @Code checks c and e
            throw ProblemException.invalid("r", "code", "must be a code: 1 to 64 letters, digits and hyphens");
        }
        return reads.round(c, e, round).key;
    }
}
