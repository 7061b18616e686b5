package org.skillscontest.scoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.skillscontest.contracts.ScoringScheme;
import org.skillscontest.scoring.domain.ScoredEntries;
import org.skillscontest.scoring.domain.ScoredEvent;
import org.skillscontest.scoring.domain.ScoredEvents;
import org.skillscontest.platform.paging.Page;

/** Where a judge sits: the rounds whose panel names the judge, with what the judge marks there. */
@ApplicationScoped
public class Assignments {

    private final ScoredEvents events;
    private final ScoredEntries entries;

    public Assignments(ScoredEvents events, ScoredEntries entries) {
        this.events = events;
        this.entries = entries;
    }

    /**
     * One round the judge sits on: as its chief judge (who answers for every module) or as the judge of
     * {@code modules}; {@code entrants} compete in it.
     */
    public record Assignment(ScoredEvent round, boolean chiefJudge, List<ScoringScheme.Module> modules, long entrants) {
    }

    /** A page of the judge's rounds by competition, event and round; three queries whatever their number. */
    public Page<Assignment> of(String judge, int page, int size) {
        List<ScoredEvent> rounds = events.sittingOn(judge, page, size);
        Map<String, Long> competing = entries.competingIn(rounds);
        List<Assignment> items = rounds.stream().map(round -> {
            boolean chief = round.headedBy(judge);
            List<ScoringScheme.Module> modules = round.scheme.modules().stream()
                    .filter(m -> chief || round.onPanel(judge, m.code())).toList();
            return new Assignment(round, chief, modules, competing.getOrDefault(round.key, 0L));
        }).toList();
        // nothing on the first page: nothing at all, no count needed
        return new Page<>(items, rounds.isEmpty() && page == 0 ? 0 : events.countSittingOn(judge));
    }
}
