package org.skillscontest.ranking.service;

import org.skillscontest.ranking.domain.OrganisationAward;

/**
 * A federation's row in an organisation award (优秀组织奖) table: its awards and its points, at each
 * event's points (default gold 4, silver 3, bronze 2, excellence 1).
 */
public record LeagueRow(String federation, int gold, int silver, int bronze, int excellence, int points) {

    static LeagueRow of(OrganisationAward.Row row) {
        return new LeagueRow(row.federation(), row.gold(), row.silver(), row.bronze(), row.excellence(), row.points());
    }
}
