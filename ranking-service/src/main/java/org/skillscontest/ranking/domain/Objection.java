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
import org.skillscontest.contracts.ObjectionState;

/**
 * An objection (异议) to an entry's provisional results, kept for good with who lodged it, when and
 * why, and who decided it, when, how and why ({@link ObjectionRules}).
 */
@Entity
@Table(name = "objection")
public class Objection extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "event_key")
    public String eventKey;

    public String competition;

    public String event;

    @Column(name = "entry_id")
    public UUID entryId;

    @Column(name = "person_id")
    public UUID personId;

    /** The federation that lodged it: the entrant's own. */
    public String federation;

    @Enumerated(EnumType.STRING)
    public ObjectionState state;

    /** The results version shown when it was lodged. */
    @Column(name = "objected_version")
    public int objectedVersion;

    public String reason;

    @Column(name = "lodged_by")
    public String lodgedBy;

    @Column(name = "lodged_at")
    public Instant lodgedAt;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    /** The version that resolved it (RESOLVED_BY_CORRECTION). */
    @Column(name = "corrected_version")
    public Integer correctedVersion;
}
