package org.skillscontest.ranking.service;

import java.util.List;

/**
 * Figures across the editions (届) of a series, oldest first, and over all of them: {@code totals}
 * counts people, federations and enterprises once however many editions they took part in.
 */
public record SeriesStatisticsView(String series, List<StatisticsView> editions, StatisticsView.Counts totals) {
}
