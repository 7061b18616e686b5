package org.skillscontest.registration;

import org.skillscontest.testing.ServiceArchitecture;

/** The dependency rules of ARCHITECTURE.md on registration's main classes (test-support ServiceArchitecture). */
class ArchitectureTest extends ServiceArchitecture {

    ArchitectureTest() {
        super("registration");
    }
}
