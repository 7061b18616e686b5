package org.skillscontest.registration.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.skillscontest.contracts.CutMode;
import org.skillscontest.contracts.CutRule;
import org.skillscontest.contracts.Round;
import org.skillscontest.contracts.ScoringScheme;
import org.skillscontest.platform.problem.FieldError;
import org.skillscontest.registration.domain.EventRequest;

/**
 * Checks an event's rounds (docs/domain.md, rounds): two or more, distinct codes; every round but
 * the last with its own scheme and a cut; the last, the final, scored by the event's scheme and
 * without a cut. No rounds (absent or empty) is the single-round event of before.
 */
final class EventRounds {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private EventRounds() {
    }

    static List<Round> check(List<EventRequest.RoundRequest> requested, ScoringScheme eventScheme, List<FieldError> errors) {
        if (requested == null || requested.isEmpty()) {
            return List.of();
        }
        if (requested.size() == 1) {
            errors.add(new FieldError("rounds", "one-round", "an event in rounds has two or more; leave rounds out for one"));
            return List.of();
        }
        List<Round> rounds = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            EventRequest.RoundRequest r = requested.get(i);
            String field = "rounds[" + i + "]";
            if (!codes.add(r.code())) {
                errors.add(new FieldError(field + ".code", "duplicate-round", "round codes must be distinct"));
            }
            boolean last = i == requested.size() - 1;
            if (last) {
                if (r.cut() != null) {
                    errors.add(new FieldError(field + ".cut", "final-round-cut", "the final round has no cut"));
                }
                if (r.scoring() != null) {
                    errors.add(new FieldError(field + ".scoring", "final-round-scoring",
                            "the final round is scored by the event's scoring; leave it out here"));
                }
                rounds.add(new Round(r.code(), r.name(), eventScheme, null));
                continue;
            }
            ScoringScheme scheme = null;
            if (r.scoring() == null) {
                errors.add(new FieldError(field + ".scoring", "required", "every round before the final has its scoring"));
            } else {
                scheme = CompetitionSetup.scheme(field + ".scoring", r.scoring(), errors);
            }
            if (r.cut() == null) {
                errors.add(new FieldError(field + ".cut", "required", "every round before the final has a cut to the next"));
            } else {
                checkCut(field + ".cut", r.cut(), errors);
            }
            rounds.add(new Round(r.code(), r.name(), scheme,
                    r.cut() == null ? null : new CutRule(r.cut().mode(), r.cut().value(), r.cut().capPercent())));
        }
        return rounds;
    }

    private static void checkCut(String field, EventRequest.Cut cut, List<FieldError> errors) {
        switch (cut.mode()) {
            case TOP_N -> {
                if (cut.value().stripTrailingZeros().scale() > 0) {
                    errors.add(new FieldError(field + ".value", "whole-number", "TOP_N takes a whole number of places"));
                }
            }
            case TOP_PERCENT, SCORE_THRESHOLD -> {
                if (cut.value().compareTo(HUNDRED) > 0) {
                    errors.add(new FieldError(field + ".value", "above-maximum",
                            cut.mode() == CutMode.TOP_PERCENT ? "a share is at most 100 %" : "a total is at most 100"));
                }
            }
        }
    }
}
