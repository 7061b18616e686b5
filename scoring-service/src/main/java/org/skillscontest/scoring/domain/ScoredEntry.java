package org.skillscontest.scoring.domain;

import jakarta.persistence.Column;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** An entrant to be marked. Scoring keeps no names: judges see entry ids (blind marking). */
@Entity
@Table(name = "scored_entry")
public class ScoredEntry extends PanacheEntityBase {

    @Id
    @Column(name = "entry_id")
    public UUID entryId;

    @Column(name = "person_id")
    public UUID personId;

    @Column(name = "event_key")
    public String eventKey;

    public String federation;

    public boolean withdrawn;

    /** Registration's keyed digest of the ID number (platform IdNumberDigest); null for older records. */
    @Column(name = "id_number_digest")
    public String idNumberDigest;

    /** The station number (工位号) judges know the entrant by; drawn when the panel is set. */
    public Integer station;
}
