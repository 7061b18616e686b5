package org.skillscontest.registration.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class RevokedPromotions implements PanacheRepositoryBase<RevokedPromotion, UUID> {
}
