package org.skillscontest.ranking.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** An earlier round of an event (初赛, 选拔赛) as ranked: the version shown and its cut's figures. */
@Entity
@Table(name = "ranked_round")
public class RankedRound extends PanacheEntityBase {

    /** {@code competition/event/round}. */
    @Id
    @Column(name = "round_key")
    public String key;

    /** {@code competition/event}. */
    @Column(name = "event_key")
    public String eventKey;

    public String round;

    /** The results version the round's places show; 0 before the first. */
    @Column(name = "ranked_version")
    public int rankedVersion;

    /** Ranked entrants of the version shown. */
    public int entrants;

    /** How many made the cut to the next round. */
    public int qualified;

    /** The lowest total that made the cut (分数线); null when nobody did or before ranking. */
    @Column(name = "cut_mark")
    public BigDecimal cutMark;

    @Column(name = "ranked_at")
    public Instant rankedAt;
}
