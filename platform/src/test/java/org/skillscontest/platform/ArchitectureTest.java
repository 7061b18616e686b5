package org.skillscontest.platform;

import org.junit.jupiter.api.Test;
import org.skillscontest.testing.ArchitectureRules;

/** The platform knows no service (ARCHITECTURE.md). */
class ArchitectureTest {

    @Test
    void knowsNoService() {
        ArchitectureRules.PLATFORM_KNOWS_NO_SERVICE.check(ArchitectureRules.mainClasses("org.skillscontest.platform"));
    }
}
