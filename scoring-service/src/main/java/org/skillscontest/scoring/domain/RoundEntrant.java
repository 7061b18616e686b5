package org.skillscontest.scoring.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** An entrant in the roster of a round after the first: one who made the previous round's cut. */
@Entity
@Table(name = "round_entrant")
@IdClass(RoundEntrant.Id.class)
public class RoundEntrant extends PanacheEntityBase {

    @jakarta.persistence.Id
    @Column(name = "round_key")
    public String roundKey;

    @jakarta.persistence.Id
    @Column(name = "entry_id")
    public UUID entryId;

    public record Id(String roundKey, UUID entryId) implements Serializable {
    }
}
