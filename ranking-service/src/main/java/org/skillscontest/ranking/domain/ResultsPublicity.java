package org.skillscontest.ranking.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.skillscontest.contracts.ResultsState;

/**
 * The publicity (公示) of an event's final-round results: made when the first version is ranked,
 * PROVISIONAL until {@link Finality} says FINAL. The period is fixed then: a correction keeps it.
 */
@Entity
@Table(name = "results_publicity")
public class ResultsPublicity extends PanacheEntityBase {

    @Id
    @Column(name = "event_key")
    public String eventKey;

    @Enumerated(EnumType.STRING)
    public ResultsState state;

    /** When the first final-round version was ranked. */
    @Column(name = "starts_at")
    public Instant startsAt;

    /** The competition's setting when the period started. */
    public int days;

    /** The end of the period's last day in China (the start itself with no period); the check looks for it. */
    @Column(name = "ends_at")
    public Instant endsAt;

    @Column(name = "finalised_at")
    public Instant finalisedAt;

    /** The version that was shown when the results became FINAL. */
    @Column(name = "final_version")
    public Integer finalVersion;

    public PublicityPeriod period() {
        return new PublicityPeriod(startsAt, days);
    }
}
