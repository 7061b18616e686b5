package org.skillscontest.ranking.domain;

import jakarta.persistence.Column;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.skillscontest.platform.tracing.TraceContext;

/** An entrant as results show them: name, federation, masked ID number, and whether withdrawn. */
@Entity
@Table(name = "contestant")
public class Contestant extends PanacheEntityBase {

    @Id
    @Column(name = "entry_id")
    public UUID entryId;

    @Column(name = "person_id")
    public UUID personId;

    @Column(name = "event_key")
    public String eventKey;

    public String name;

    @Column(name = "masked_id_number")
    public String maskedIdNumber;

    public String federation;

    public String employer;

    /** The employer's unified social credit code (统一社会信用代码): enterprises are counted by it. */
    @Column(name = "employer_credit_code")
    public String employerCreditCode;

    @Column(name = "current_skill_level")
    public int currentSkillLevel;

    public boolean withdrawn;

    /** Why, as registration announced it (null for a withdrawal that overtook the registration). */
    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    /** Set when the entry came by promotion from the level below. */
    @Column(name = "promotion_id")
    public UUID promotionId;

    /** The trace context the registration came with: the entrant's promotion continues it. */
    public String traceparent;

    public String tracestate;

    public TraceContext registrationTrace() {
        return traceparent == null ? null : new TraceContext(traceparent, tracestate);
    }
}
