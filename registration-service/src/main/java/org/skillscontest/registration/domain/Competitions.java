package org.skillscontest.registration.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.skillscontest.contracts.Level;

@ApplicationScoped
public class Competitions implements PanacheRepositoryBase<Competition, String> {

    /** A page of competitions city first, then provincial, then national; by code within a level. */
    public List<Competition> inLevelOrder(int page, int size) {
        // the level is stored by name, whose alphabetical order is not the levels' order
        return find("order by case level when ?1 then 0 when ?2 then 1 when ?3 then 2 end, code",
                Level.CITY, Level.PROVINCIAL, Level.NATIONAL).page(page, size).list();
    }
}
