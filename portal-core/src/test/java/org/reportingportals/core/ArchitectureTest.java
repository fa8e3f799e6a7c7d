package org.reportingportals.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps the module and layer directions of STYLE.md true. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.reportingportals");
    }

    @Test
    void i18nDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("org.reportingportals.i18n..")
                .should().dependOnClassesThat().resideInAnyPackage("org.reportingportals.themes..",
                        "org.reportingportals.tenant..", "org.reportingportals.core..")
                .check(classes);
    }

    @Test
    void themesDependOnlyOnI18n() {
        noClasses().that().resideInAPackage("org.reportingportals.themes..")
                .should().dependOnClassesThat().resideInAnyPackage("org.reportingportals.tenant..",
                        "org.reportingportals.core..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void tenantConfigDoesNotReachIntoTheWar() {
        noClasses().that().resideInAPackage("org.reportingportals.tenant..")
                .should().dependOnClassesThat().resideInAPackage("org.reportingportals.core..")
                .check(classes);
    }

    @Test
    void controlNeverCallsBoundary() {
        noClasses().that().resideInAPackage("..control..")
                .should().dependOnClassesThat().resideInAPackage("..boundary..")
                .check(classes);
    }

    @Test
    void entitiesKnowNeitherControlNorBoundary() {
        noClasses().that().resideInAPackage("..entity..")
                .should().dependOnClassesThat().resideInAnyPackage("..control..", "..boundary..")
                .check(classes);
    }

    @Test
    void nothingButTheBoundaryDemarcatesTransactions() {
        noClasses().that().resideOutsideOfPackage("..boundary..")
                .should().beAnnotatedWith(jakarta.transaction.Transactional.class)
                .check(classes);
    }

    @Test
    void tenancyStandsOnThePlatformOnly() {
        noClasses().that().resideInAPackage("org.reportingportals.core.tenancy..")
                .should().dependOnClassesThat(resideInAPackage("org.reportingportals.core..")
                        .and(not(resideInAnyPackage("org.reportingportals.core.tenancy..", "org.reportingportals.core.platform.."))))
                .check(classes);
    }
}
