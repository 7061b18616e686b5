package org.skillscontest.registration.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class Federations implements PanacheRepositoryBase<Federation, String> {
}
