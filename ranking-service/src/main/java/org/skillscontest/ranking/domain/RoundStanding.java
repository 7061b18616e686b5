package org.skillscontest.ranking.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.UUID;

/** An entrant's place in the latest ranked version of an earlier round, and whether the cut took them on. */
@Entity
@Table(name = "round_standing")
@IdClass(RoundStanding.Id.class)
public class RoundStanding extends PanacheEntityBase {

    @jakarta.persistence.Id
    @Column(name = "round_key")
    public String roundKey;

    @jakarta.persistence.Id
    @Column(name = "entry_id")
    public UUID entryId;

    public int version;

    public int place;

    public BigDecimal total;

    public BigDecimal practical;

    public BigDecimal theory;

    @Column(name = "time_used_seconds")
    public Long timeUsedSeconds;

    /** Made the cut: in the next round's roster (进入决赛 when the next round is the final). */
    public boolean qualified;

    public record Id(String roundKey, UUID entryId) implements Serializable {
    }
}
