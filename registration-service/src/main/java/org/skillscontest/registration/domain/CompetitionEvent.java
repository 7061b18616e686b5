package org.skillscontest.registration.domain;

import jakarta.persistence.Column;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.skillscontest.contracts.AdvancementPolicy;
import org.skillscontest.contracts.AwardPolicy;
import org.skillscontest.contracts.HonourSettings;
import org.skillscontest.contracts.PromoteWhen;
import org.skillscontest.contracts.ScoringScheme;

/** An event (赛项) of a competition: one occupation, its capacity, quota and the event it advances to. */
@Entity
@Table(name = "competition_event")
public class CompetitionEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String competition;

    public String code;

    public String name;

    public String occupation;

    @Column(name = "skill_level")
    public int skillLevel;

    public int capacity;

    public int quota;

    @Column(name = "advances_to_competition")
    public String advancesToCompetition;

    @Column(name = "advances_to_event")
    public String advancesToEvent;

    @JdbcTypeCode(SqlTypes.JSON)
    public ScoringScheme scoring;

    @JdbcTypeCode(SqlTypes.JSON)
    public AwardPolicy awards;

    /** Ties at the quota line (ALL or NONE advance) and the optional cap per federation. */
    @JdbcTypeCode(SqlTypes.JSON)
    public AdvancementPolicy advancement;

    /** Whether the event promotes while its results are PROVISIONAL (at once) or only once they are FINAL. */
    @Enumerated(EnumType.STRING)
    @Column(name = "promote_when")
    public PromoteWhen promoteWhen;

    /** The event's own honour places, upgrade bands and organisation-award points. */
    @JdbcTypeCode(SqlTypes.JSON)
    public HonourSettings honours;

    /** The event's rounds in order, the last being the final; empty when the event is one round. */
    @JdbcTypeCode(SqlTypes.JSON)
    public java.util.List<org.skillscontest.contracts.Round> rounds = java.util.List.of();

    /** When ranking announced the event's results (公示). */
    @Column(name = "results_published_at")
    public java.time.Instant resultsPublishedAt;
}
