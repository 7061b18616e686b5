package org.skillscontest.subscriber;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.skillscontest.testing.ArchitectureRules;

/** ARCHITECTURE.md: a subscriber knows the published contract only, as an office's own system would. */
class ArchitectureTest {

    @Test
    void usesTheContractAndNoServiceCode() {
        noClasses().that().resideInAPackage("org.skillscontest.subscriber..")
                .should().dependOnClassesThat().resideInAnyPackage("org.skillscontest.registration..", "org.skillscontest.scoring..",
                        "org.skillscontest.ranking..", "org.skillscontest.platform..", "org.skillscontest.console..",
                        "org.skillscontest.deploy..")
                .because("downstream systems get the contract (topics, schemas), not the services' code")
                .check(ArchitectureRules.mainClasses("org.skillscontest.subscriber"));
    }
}
