package org.skillscontest.scoring.domain;

import jakarta.persistence.Column;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One mark as a judge gave it. Marks are append-only: a re-mark or correction is a new row, and
 * the latest row per entry, module and judge counts; the rows before it are the audit trail.
 */
@Entity
@Table(name = "mark")
public class Mark extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "entry_id")
    public UUID entryId;

    @Column(name = "event_key")
    public String eventKey;

    public String module;

    public String judge;

    public BigDecimal mark;

    @Column(name = "time_used_seconds")
    public Long timeUsedSeconds;

    /** Who wrote this row: the judge, or the chief judge for a correction. */
    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    /** Why, for a correction after the lock. */
    public String reason;
}
