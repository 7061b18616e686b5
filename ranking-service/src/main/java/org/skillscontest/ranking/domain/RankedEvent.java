package org.skillscontest.ranking.domain;

import jakarta.persistence.Column;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.skillscontest.contracts.AdvancementPolicy;
import org.skillscontest.contracts.AwardPolicy;
import org.skillscontest.contracts.EventRef;
import org.skillscontest.contracts.HonourSettings;
import org.skillscontest.contracts.Level;
import org.skillscontest.contracts.PublicationPolicy;

/** An event as ranking knows it from registration: level, quota, where it advances to, its award and advancement policies. */
@Entity
@Table(name = "ranked_event")
public class RankedEvent extends PanacheEntityBase {

    @Id
    @Column(name = "event_key")
    public String key;

    public String competition;

    public String event;

    @Enumerated(EnumType.STRING)
    public Level level;

    @Column(name = "competition_name")
    public String competitionName;

    public String name;

    public String occupation;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    public int quota;

    /** The competition's year (届 of that year). */
    public int year;

    /** The competition's edition (第几届) within its series. */
    public int edition;

    /** The series of editions the competition belongs to, or null. */
    public String series;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "advances_to")
    public EventRef advancesTo;

    @JdbcTypeCode(SqlTypes.JSON)
    public AwardPolicy awards;

    /** Ties at the quota line (ALL or NONE advance) and the optional cap per federation. */
    @JdbcTypeCode(SqlTypes.JSON)
    public AdvancementPolicy advancement;

    /** The competition's publicity period in days and when the event promotes (PROVISIONAL or FINAL). */
    @JdbcTypeCode(SqlTypes.JSON)
    public PublicationPolicy publication;

    /** The event's own honour places, upgrade bands and organisation-award points (null parts: the level's table). */
    @JdbcTypeCode(SqlTypes.JSON)
    public HonourSettings honours;

    /** The event's rounds in order, the last being the final (whose results are the event's); empty for one round. */
    @JdbcTypeCode(SqlTypes.JSON)
    public java.util.List<org.skillscontest.contracts.Round> rounds = java.util.List.of();

    /**
     * The token subject of the chief judge (裁判长) who headed the panel when the shown version was published:
     * the one who decides objections to it. Null before the first version, or if scoring never said.
     */
    @Column(name = "chief_judge")
    public String chiefJudge;

    /** The results version the standings show; 0 before the first. */
    @Column(name = "ranked_version")
    public int rankedVersion;

    public EventRef ref() {
        return new EventRef(competition, event, level);
    }

    /** Whether this event promotes anyone: not at the national level, and only with a linked event. */
    public boolean promotes() {
        return level != Level.NATIONAL && advancesTo != null && quota > 0;
    }
}
