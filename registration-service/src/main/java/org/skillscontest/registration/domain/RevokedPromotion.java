package org.skillscontest.registration.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A revoked promotion, kept so that the promotion, should it arrive after its revocation, registers nobody. */
@Entity
@Table(name = "revoked_promotion")
public class RevokedPromotion extends PanacheEntityBase {

    @Id
    @Column(name = "promotion_id")
    public UUID promotionId;

    public String reason;

    @Column(name = "revoked_at")
    public Instant revokedAt;
}
