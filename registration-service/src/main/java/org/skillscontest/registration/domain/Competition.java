package org.skillscontest.registration.domain;

import jakarta.persistence.Column;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.skillscontest.contracts.Level;

/** A competition (大赛) of one level and region; {@code feeds} is the competition one level up. */
@Entity
@Table(name = "competition")
public class Competition extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    @Enumerated(EnumType.STRING)
    public Level level;

    @Column(name = "region_code")
    public String regionCode;

    public int edition;

    public int year;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "registration_closes_at")
    public Instant registrationClosesAt;

    public String feeds;

    /** The series of editions this competition belongs to (e.g. every 克拉玛依市职业技能大赛), or null. */
    public String series;

    /** The publicity period (公示期) of its events' final-round results, in days; 0: none. */
    @Column(name = "publicity_days")
    public int publicityDays;
}
