package org.skillscontest.contracts;

import java.util.UUID;

/** {@code ranking.promotion-revoked.v1}, keyed by personId: a promotion no longer holds after a correction. */
public record PromotionRevoked(UUID promotionId, UUID personId, EventRef to, String reason) {
}
