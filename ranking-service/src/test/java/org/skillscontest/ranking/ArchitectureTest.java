package org.skillscontest.ranking;

import org.skillscontest.testing.ServiceArchitecture;

/** The dependency rules of ARCHITECTURE.md on ranking's main classes (test-support ServiceArchitecture). */
class ArchitectureTest extends ServiceArchitecture {

    ArchitectureTest() {
        super("ranking");
    }
}
