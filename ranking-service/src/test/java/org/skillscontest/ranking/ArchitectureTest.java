package org.skillscontest.ranking;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.skillscontest.testing.ArchitectureRules;

/** The dependency rules of ARCHITECTURE.md on ranking's main classes. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = ArchitectureRules.mainClasses("org.skillscontest.ranking");

    @Test
    void usesNoOtherServicesCode() {
        ArchitectureRules.noOtherService("ranking").check(CLASSES);
    }

    @Test
    void domainImportsNeitherApiNorServiceNorMessaging() {
        ArchitectureRules.DOMAIN_IS_INNERMOST.check(CLASSES);
    }

    @Test
    void serviceImportsNeitherApiNorMessaging() {
        ArchitectureRules.SERVICE_BELOW_API_AND_MESSAGING.check(CLASSES);
    }

    @Test
    void messagingImportsNoApi() {
        ArchitectureRules.MESSAGING_NOT_API.check(CLASSES);
    }

    @Test
    void resourcesCallServicesNotRepositories() {
        ArchitectureRules.API_CALLS_SERVICES_NOT_REPOSITORIES.check(CLASSES);
    }
}
