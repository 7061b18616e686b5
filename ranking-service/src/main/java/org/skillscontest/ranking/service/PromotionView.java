package org.skillscontest.ranking.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.skillscontest.contracts.Award;
import org.skillscontest.contracts.EventRef;
import org.skillscontest.ranking.domain.Promotion;
import org.skillscontest.ranking.domain.PromotionStatus;

public record PromotionView(UUID promotionId, UUID personId, String name, String federation, EventRef from, int place,
                            BigDecimal total, Award award, EventRef to, PromotionStatus status, Instant promotedAt,
                            String revocationReason) {

    public static PromotionView of(Promotion p, String name, String federation) {
        return new PromotionView(p.id, p.personId, name, federation, new EventRef(p.fromCompetition, p.fromEvent, p.fromLevel),
                p.place, p.total, p.award, new EventRef(p.toCompetition, p.toEvent, p.toLevel), p.status, p.promotedAt,
                p.revocationReason);
    }
}
