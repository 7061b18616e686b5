package org.skillscontest.scoring.domain;

import java.util.Map;

/**
 * How far a round's marking has come, counted over its competing entrants: how many compete, how many
 * each judge has marked in each module, how many have a theory score.
 */
public record MarkCounts(long competing, Map<String, Map<String, Long>> markedByModuleAndJudge, long theoryScored) {

    /** Entrants the judge has a mark for in the module. */
    public long marked(String module, String judge) {
        return markedByModuleAndJudge.getOrDefault(module, Map.of()).getOrDefault(judge, 0L);
    }
}
