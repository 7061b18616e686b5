package org.skillscontest.console;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.skillscontest.testing.ArchitectureRules;

/** The console's dependency rules of ARCHITECTURE.md. */
class ArchitectureTest {

    private final JavaClasses classes = ArchitectureRules.mainClasses("org.skillscontest.console");

    @Test
    void usesTheServicesPublicApisOnly() {
        ArchitectureRules.CONSOLE_USES_PUBLIC_APIS_ONLY.check(classes);
    }

    @Test
    void sharedPartsKnowNoRolesPages() {
        ArchitectureRules.CONSOLE_SHARED_PARTS_KNOW_NO_PAGES.allowEmptyShould(true).check(classes);
    }

    @Test
    void eachRolesPagesStandOnTheirOwn() {
        for (String pages : new String[] {"federation", "judging", "organising", "exports"}) {
            ArchitectureRules.consolePagesApart(pages).allowEmptyShould(true).check(classes);
        }
    }
}
