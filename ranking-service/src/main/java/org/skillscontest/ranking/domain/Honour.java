package org.skillscontest.ranking.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.skillscontest.contracts.HonourKind;
import org.skillscontest.contracts.Level;

/**
 * A recommended honour or skill-level upgrade, announced on {@code ranking.honour-recommended.v1};
 * withdrawn (and announced on {@code ranking.honour-withdrawn.v1}) when a correction's places no longer call for it.
 */
@Entity
@Table(name = "honour")
public class Honour extends PanacheEntityBase {

    /** Derived from event, entry, kind, target level and the results version that first called for it. */
    @Id
    public UUID id;

    @Column(name = "person_id")
    public UUID personId;

    @Column(name = "entry_id")
    public UUID entryId;

    @Enumerated(EnumType.STRING)
    public HonourKind kind;

    @Enumerated(EnumType.STRING)
    public Level level;

    public String competition;

    public String event;

    public int place;

    @Column(name = "target_skill_level")
    public Integer targetSkillLevel;

    /** The competition's year: a person gets at most one skill-level upgrade a year. */
    public int year;

    @Column(name = "recommended_at")
    public Instant recommendedAt;

    /** Set when a later results version no longer calls for this recommendation. */
    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;
}
