package org.skillscontest.scoring.domain;

import jakarta.persistence.Column;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.skillscontest.contracts.EntrantStatus;

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

    /** When scoring learnt of the withdrawal (null for one that overtook the registration, or none). */
    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    /** Disqualified (取消资格) by the chief judge: listed in the results without place or award. */
    @Column(name = "disqualified_at")
    public Instant disqualifiedAt;

    @Column(name = "disqualified_by")
    public String disqualifiedBy;

    @Column(name = "disqualification_reason")
    public String disqualificationReason;

    /** The station number (工位号) judges know the entrant by; drawn when the panel is set. */
    public Integer station;

    /** A disqualification stands whatever follows it: an entrant disqualified and then withdrawn stays disqualified. */
    public EntrantStatus status() {
        if (disqualifiedAt != null) {
            return EntrantStatus.DISQUALIFIED;
        }
        return withdrawn ? EntrantStatus.WITHDRAWN : EntrantStatus.COMPETING;
    }

    /** Why the entrant does not compete; null while competing. */
    public String statusReason() {
        return switch (status()) {
            case DISQUALIFIED -> disqualificationReason;
            case WITHDRAWN -> withdrawalReason;
            case COMPETING -> null;
        };
    }
}
