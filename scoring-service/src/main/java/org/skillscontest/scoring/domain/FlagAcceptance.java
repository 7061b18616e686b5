package org.skillscontest.scoring.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The chief judge's acceptance, with a reason, of a module whose marks spread beyond tolerance. */
@Entity
@Table(name = "flag_acceptance")
public class FlagAcceptance extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_key")
    public String eventKey;

    @Column(name = "entry_id")
    public UUID entryId;

    public String module;

    @Column(name = "accepted_by")
    public String acceptedBy;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    public String reason;
}
