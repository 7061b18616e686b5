package org.skillscontest.scoring.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class RoundEntrants implements PanacheRepositoryBase<RoundEntrant, RoundEntrant.Id> {

    public List<RoundEntrant> of(String roundKey) {
        return list("roundKey", roundKey);
    }
}
