package org.skillscontest.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rules of ARCHITECTURE.md, as ArchUnit rules. Each module's {@code ArchitectureTest}
 * imports its own main classes (a service through {@link ServiceArchitecture}) and checks the rules that concern it, so {@code ./mvnw verify} fails
 * when a service imports another service's code, {@code domain} imports {@code api} or
 * {@code service}, {@code service} imports {@code api}, or a resource reaches past the services.
 */
public final class ArchitectureRules {

    private static final String[] SERVICES = {
            "org.skillscontest.registration..", "org.skillscontest.scoring..", "org.skillscontest.ranking.."};

    private ArchitectureRules() {
    }

    /** A module's main classes (not its tests) under {@code rootPackage}. */
    public static JavaClasses mainClasses(String rootPackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(rootPackage);
    }

    /** A service's code uses no other service's code: they talk over Kafka only. */
    public static ArchRule noOtherService(String service) {
        String own = "org.skillscontest." + service + "..";
        return noClasses().that().resideInAPackage(own)
                .should().dependOnClassesThat().resideInAnyPackage(others(own))
                .because("the services talk only through Kafka (ARCHITECTURE.md)");
    }

    /** The console works only through the services' public REST APIs: none of their code, nor the platform's. */
    public static final ArchRule CONSOLE_USES_PUBLIC_APIS_ONLY = noClasses().that().resideInAPackage("org.skillscontest.console..")
            .should().dependOnClassesThat().resideInAnyPackage("org.skillscontest.registration..", "org.skillscontest.scoring..",
                    "org.skillscontest.ranking..", "org.skillscontest.platform..")
            .because("the console is a client of the services' public REST APIs (issue 13, ARCHITECTURE.md)");

    private static final String[] CONSOLE_PAGES = {"org.skillscontest.console.federation..", "org.skillscontest.console.judging..",
            "org.skillscontest.console.organising..", "org.skillscontest.console.exports.."};

    /** What every page uses (sign-in, the services' clients, documents, the layout's helpers) knows no role's pages. */
    public static final ArchRule CONSOLE_SHARED_PARTS_KNOW_NO_PAGES = noClasses().that().resideInAnyPackage(
                    "org.skillscontest.console.signin..", "org.skillscontest.console.backend..", "org.skillscontest.console.documents..",
                    "org.skillscontest.console.web..")
            .should().dependOnClassesThat().resideInAnyPackage(CONSOLE_PAGES)
            .because("each role's pages are built on the shared parts, never the other way round");

    /** One role's pages do not reach into another's: what two share belongs in the shared parts. */
    public static ArchRule consolePagesApart(String pages) {
        String own = "org.skillscontest.console." + pages + "..";
        return noClasses().that().resideInAPackage(own)
                .should().dependOnClassesThat().resideInAnyPackage(java.util.Arrays.stream(CONSOLE_PAGES).filter(p -> !p.equals(own))
                        .toArray(String[]::new))
                .because("each role's pages stand on their own");
    }

    /** The platform serves every service and knows none. */
    public static final ArchRule PLATFORM_KNOWS_NO_SERVICE = noClasses().that().resideInAPackage("org.skillscontest.platform..")
            .should().dependOnClassesThat().resideInAnyPackage(SERVICES)
            .because("the platform is what every service needs the same way");

    /** Rules and entities know nothing of who calls them or how. */
    public static final ArchRule DOMAIN_IS_INNERMOST = noClasses().that().resideInAPackage("org.skillscontest..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.skillscontest..api..", "org.skillscontest..service..", "org.skillscontest..messaging..")
            .because("domain holds entities, repositories and pure rules (ARCHITECTURE.md)");

    /** Services take domain inputs and give their own answers: they never see the REST layer or the consumers. */
    public static final ArchRule SERVICE_BELOW_API_AND_MESSAGING = noClasses().that().resideInAPackage("org.skillscontest..service..")
            .should().dependOnClassesThat().resideInAnyPackage("org.skillscontest..api..", "org.skillscontest..messaging..")
            .because("api and messaging call services, not the other way round");

    /** Consumers hand records to services; they know nothing of the REST layer. */
    public static final ArchRule MESSAGING_NOT_API = noClasses().that().resideInAPackage("org.skillscontest..messaging..")
            .should().dependOnClassesThat().resideInAPackage("org.skillscontest..api..");

    /** Resources call services, not repositories. */
    public static final ArchRule API_CALLS_SERVICES_NOT_REPOSITORIES = noClasses().that().resideInAPackage("org.skillscontest..api..")
            .should().dependOnClassesThat()
            .areAssignableTo("io.quarkus.hibernate.orm.panache.PanacheRepositoryBase")
            .because("transactions and queries live in service");

    private static String[] others(String own) {
        return java.util.Arrays.stream(SERVICES).filter(s -> !s.equals(own)).toArray(String[]::new);
    }
}
