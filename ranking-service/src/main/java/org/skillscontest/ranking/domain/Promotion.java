package org.skillscontest.ranking.domain;

import jakarta.persistence.Column;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.skillscontest.contracts.Award;
import org.skillscontest.contracts.Level;

/** An entrant's advancement (晋级) from an event to the linked event one level up. */
@Entity
@Table(name = "promotion")
public class Promotion extends PanacheEntityBase {

    /** Derived from the source event and entry: the same promotion always has the same id. */
    @Id
    public UUID id;

    @Column(name = "person_id")
    public UUID personId;

    @Column(name = "entry_id")
    public UUID entryId;

    @Column(name = "from_competition")
    public String fromCompetition;

    @Column(name = "from_event")
    public String fromEvent;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_level")
    public Level fromLevel;

    public int place;

    public BigDecimal total;

    @Enumerated(EnumType.STRING)
    public Award award;

    @Column(name = "to_competition")
    public String toCompetition;

    @Column(name = "to_event")
    public String toEvent;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_level")
    public Level toLevel;

    @Enumerated(EnumType.STRING)
    public PromotionStatus status;

    @Column(name = "results_version")
    public int resultsVersion;

    @Column(name = "promoted_at")
    public Instant promotedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revocation_reason")
    public String revocationReason;
}
