package org.skillscontest.ranking.domain;

import jakarta.persistence.Column;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.skillscontest.contracts.Award;
import org.skillscontest.contracts.EntrantStatus;

/** An entrant's place, award and advancement in the latest ranked version of an event. */
@Entity
@Table(name = "standing")
public class Standing extends PanacheEntityBase {

    @Id
    @Column(name = "entry_id")
    public UUID entryId;

    @Column(name = "event_key")
    public String eventKey;

    public int version;

    /** Null for withdrawn and disqualified entrants: listed, but without place or award. */
    public Integer place;

    @Enumerated(EnumType.STRING)
    public Award award;

    /**
     * Advances to the next level. Once that level has started, this is what the promotions say, not
     * what a later results version would decide; {@code advancementNote} records the difference.
     */
    public boolean advanced;

    /** Why {@code advanced} differs from what this version's results alone would decide, or null. */
    @Column(name = "advancement_note")
    public String advancementNote;

    public BigDecimal total;

    public BigDecimal practical;

    public BigDecimal theory;

    @Column(name = "time_used_seconds")
    public Long timeUsedSeconds;

    /** COMPETING, or why the entrant takes no place: WITHDRAWN (退赛), DISQUALIFIED (取消资格). */
    @Enumerated(EnumType.STRING)
    public EntrantStatus status = EntrantStatus.COMPETING;

    /** The withdrawal's or the disqualification's reason; null while competing. */
    @Column(name = "status_reason")
    public String statusReason;
}
