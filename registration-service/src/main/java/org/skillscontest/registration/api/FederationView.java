package org.skillscontest.registration.api;

import org.skillscontest.registration.domain.Federation;

public record FederationView(String code, String name, String regionCode) {

    static FederationView of(Federation f) {
        return new FederationView(f.code, f.name, f.regionCode);
    }
}
