package org.skillscontest.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of ARCHITECTURE.md for one service's main classes. A service's
 * {@code ArchitectureTest} extends this and names the service.
 */
public abstract class ServiceArchitecture {

    private final String service;
    private final JavaClasses classes;

    protected ServiceArchitecture(String service) {
        this.service = service;
        this.classes = ArchitectureRules.mainClasses("org.skillscontest." + service);
    }

    @Test
    void usesNoOtherServicesCode() {
        ArchitectureRules.noOtherService(service).check(classes);
    }

    @Test
    void domainImportsNeitherApiNorServiceNorMessaging() {
        ArchitectureRules.DOMAIN_IS_INNERMOST.check(classes);
    }

    @Test
    void serviceImportsNeitherApiNorMessaging() {
        ArchitectureRules.SERVICE_BELOW_API_AND_MESSAGING.check(classes);
    }

    @Test
    void messagingImportsNoApi() {
        ArchitectureRules.MESSAGING_NOT_API.check(classes);
    }

    @Test
    void resourcesCallServicesNotRepositories() {
        ArchitectureRules.API_CALLS_SERVICES_NOT_REPOSITORIES.check(classes);
    }
}
