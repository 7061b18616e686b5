package org.skillscontest.ranking.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.skillscontest.contracts.Award;
import org.skillscontest.contracts.EntrantStatus;
import org.skillscontest.contracts.EventRef;
import org.skillscontest.contracts.Level;
import org.skillscontest.contracts.ResultsState;

/** Every competition a person took part in whose results are public (ranked), level by level (city first). */
public record PathwayView(UUID personId, String name, String maskedIdNumber, List<Step> steps) {

    /**
     * One competition, as its public ranking shows the person: {@code status} and {@code withdrawn} as of
     * the ranked version; {@code resultsState} PROVISIONAL during the publicity period (公示期), then FINAL.
     */
    public record Step(Level level, String competition, String competitionName, String event, String eventName,
                       String federation, Integer place, BigDecimal total, Award award, boolean advanced,
                       EventRef promotedTo, boolean withdrawn, EntrantStatus status, ResultsState resultsState,
                       List<HonourView> honours) {
    }

    /** An honour recommended for this step: kind, and the target skill level of an upgrade. */
    public record HonourView(org.skillscontest.contracts.HonourKind kind, Integer targetSkillLevel) {
    }
}
