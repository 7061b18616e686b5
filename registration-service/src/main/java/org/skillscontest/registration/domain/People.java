package org.skillscontest.registration.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class People implements PanacheRepositoryBase<Person, UUID> {

    public Optional<Person> byIdNumber(String idNumber) {
        return find("idNumber", idNumber).firstResultOptional();
    }
}
