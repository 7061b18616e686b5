package org.skillscontest.registration.service;

import java.util.List;

/** Statistics across the editions (届) of a series, oldest first, with the sums over all of them. */
public record SeriesStatisticsView(String series, List<StatisticsView> editions, StatisticsView.Counts totals) {
}
