package org.skillscontest.ranking.service;

/** A federation's awards in a competition and its points: gold 4, silver 3, bronze 2, excellence 1. */
public record LeagueRow(String federation, int gold, int silver, int bronze, int excellence, int points) {

    /** From counts in award order (gold, silver, bronze, excellence). */
    public static LeagueRow of(String federation, int[] counts) {
        return new LeagueRow(federation, counts[0], counts[1], counts[2], counts[3],
                4 * counts[0] + 3 * counts[1] + 2 * counts[2] + counts[3]);
    }
}
