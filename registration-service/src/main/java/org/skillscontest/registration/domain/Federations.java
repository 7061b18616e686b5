package org.skillscontest.registration.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class Federations implements PanacheRepositoryBase<Federation, String> {

    /** Every federation by code, or only the one of this code ({@code only} null: all). */
    public PanacheQuery<Federation> byCode(String only) {
        return only == null ? findAll(Sort.by("code")) : find("code", Sort.by("code"), only);
    }
}
