package org.skillscontest.ranking.service;

import java.time.Instant;
import java.time.LocalDate;
import org.skillscontest.contracts.PromoteWhen;
import org.skillscontest.contracts.ResultsState;

/**
 * The publicity (公示) of an event's results: PROVISIONAL or FINAL, the period ({@code days}, its
 * first and last day in China, null with none, and the instant it ends), when the event promotes,
 * when the results became final and at which version, and how many objections are open.
 */
public record PublicityView(ResultsState state, int days, LocalDate firstDay, LocalDate lastDay, Instant endsAt,
                            PromoteWhen promoteWhen, Instant finalisedAt, Integer finalVersion, long openObjections) {
}
