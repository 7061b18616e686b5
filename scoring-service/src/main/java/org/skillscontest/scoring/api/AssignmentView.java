package org.skillscontest.scoring.api;

import java.math.BigDecimal;
import java.util.List;
import org.skillscontest.scoring.service.Assignments;

/**
 * A round a judge sits on. {@code round} is the code of a round before the final, null for the final
 * (or only) round, which is addressed as the event itself.
 */
public record AssignmentView(String competition, String event, String round, boolean chiefJudge, List<Module> modules,
                             boolean locked, long entrants) {

    public record Module(String code, String name, BigDecimal maxMark) {
    }

    static AssignmentView of(Assignments.Assignment a) {
        return new AssignmentView(a.round().competition, a.round().event, ProgressView.roundOf(a.round()), a.chiefJudge(),
                a.modules().stream().map(m -> new Module(m.code(), m.name(), m.maxMark())).toList(),
                a.round().locked(), a.entrants());
    }
}
