package org.skillscontest.scoring.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A withdrawal that arrived before the entry's registration (the two travel on different topics): a
 * tombstone that the registration honours when it comes, so the entrant ends up withdrawn exactly as
 * if the records had come in order.
 */
@Entity
@Table(name = "pending_withdrawal")
public class PendingWithdrawal extends PanacheEntityBase {

    @Id
    @Column(name = "entry_id")
    public UUID entryId;

    @Column(name = "event_key")
    public String eventKey;

    public String reason;

    @Column(name = "received_at")
    public Instant receivedAt;
}
