package org.skillscontest.registration.domain;

import jakarta.persistence.Column;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.skillscontest.contracts.Origin;

/** A person entered in one event by a federation (报名), directly or by promotion from the level below. */
@Entity
@Table(name = "entry")
public class Entry extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "person_id")
    public UUID personId;

    public String competition;

    public String event;

    public String federation;

    @Column(name = "employer_name")
    public String employerName;

    @Column(name = "employer_credit_code")
    public String employerCreditCode;

    @Column(name = "current_skill_level")
    public int currentSkillLevel;

    @Enumerated(EnumType.STRING)
    public EntryStatus status;

    @Enumerated(EnumType.STRING)
    public Origin origin;

    @Column(name = "promotion_id")
    public UUID promotionId;

    /** For a promoted entry: the entry of the level below that earned the promotion. */
    @Column(name = "promoted_from")
    public UUID promotedFrom;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    @Column(name = "registered_at")
    public Instant registeredAt;
}
