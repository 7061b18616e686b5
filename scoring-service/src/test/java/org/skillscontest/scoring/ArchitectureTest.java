package org.skillscontest.scoring;

import org.skillscontest.testing.ServiceArchitecture;

/** The dependency rules of ARCHITECTURE.md on scoring's main classes (test-support ServiceArchitecture). */
class ArchitectureTest extends ServiceArchitecture {

    ArchitectureTest() {
        super("scoring");
    }
}
