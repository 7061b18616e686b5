package org.skillscontest.scoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.skillscontest.contracts.ScoringScheme;
import org.skillscontest.scoring.domain.MarkCounts;
import org.skillscontest.scoring.domain.Marks;
import org.skillscontest.scoring.domain.ScoredEvent;

/** How far a round's marking has come: per judge and module, and for theory, entrants marked of those expected. */
@ApplicationScoped
public class Progress {

    private final Marks marks;

    public Progress(Marks marks) {
        this.marks = marks;
    }

    /** One judge's share of a module: every competing entrant is expected, {@code entered} have the judge's mark. */
    public record JudgeCount(String judge, String module, long expected, long entered) {
    }

    /** {@code theoryExpected} is 0 where theory does not count (a practical-only scheme). */
    public record RoundProgress(ScoredEvent round, long entrants, List<JudgeCount> judges, long theoryEntered,
                                long theoryExpected) {
    }

    /** The round's progress, judges by module in the scheme's order, then in the panel's; one query. */
    public RoundProgress of(ScoredEvent round) {
        MarkCounts counts = marks.counts(round);
        List<JudgeCount> judges = new ArrayList<>();
        for (ScoringScheme.Module module : round.scheme.modules()) {
            List<String> panel = round.panel == null ? List.of() : round.panel.getOrDefault(module.code(), List.of());
            for (String judge : panel) {
                judges.add(new JudgeCount(judge, module.code(), counts.competing(), counts.marked(module.code(), judge)));
            }
        }
        return new RoundProgress(round, counts.competing(), judges, counts.theoryScored(),
                round.scheme.theoryWeight() > 0 ? counts.competing() : 0);
    }
}
