package org.skillscontest.ranking.domain;

import jakarta.persistence.Column;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.skillscontest.contracts.ResultsPublished;

/** One received part of a results version; ranking acts once every part of a version is here. */
@Entity
@Table(name = "result_part")
public class ResultPart extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_key")
    public String eventKey;

    public int version;

    public int part;

    public int parts;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<ResultsPublished.Result> results;

    /** The token subject of the chief judge heading the panel when the version was published; null if not said. */
    @Column(name = "chief_judge")
    public String chiefJudge;
}
