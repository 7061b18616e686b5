package org.skillscontest.contracts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The event records are framework-free and depend on no other module (ARCHITECTURE.md). */
class ArchitectureTest {

    @Test
    void dependsOnTheJdkOnly() {
        classes().that().resideInAPackage("org.skillscontest.contracts..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.skillscontest.contracts..", "java..")
                .because("every service and subscriber reads these records; they carry no framework")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.skillscontest.contracts"));
    }
}
