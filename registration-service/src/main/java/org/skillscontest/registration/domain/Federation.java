package org.skillscontest.registration.domain;

import jakarta.persistence.Column;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A union federation (工会) that submits entrants; its region bounds the competitions it may enter. */
@Entity
@Table(name = "federation")
public class Federation extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    @Column(name = "region_code")
    public String regionCode;
}
