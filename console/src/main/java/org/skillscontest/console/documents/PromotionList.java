package org.skillscontest.console.documents;

import java.math.BigDecimal;
import java.util.List;

/** The promotions out of a competition (晋级名单): who goes on to which event of the next level, and whether it still holds. */
public record PromotionList(String competitionName, List<Promotion> promotions) {

    public PromotionList {
        promotions = List.copyOf(promotions);
    }

    /**
     * One promotion: the entrant, the event they earned it in (its name), their place, total and award
     * there, the competition and event they go on to (names where known), and its status code
     * ({@code ACTIVE}, {@code REVOKED}, {@code DECLINED}) with the reason a revoked one gives.
     */
    public record Promotion(String name, String federation, String fromEvent, Integer place, BigDecimal total, String award,
                            String toCompetition, String toEvent, String status, String revocationReason) {
    }
}
