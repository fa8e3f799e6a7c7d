package org.reportingportals.core;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keeps the module, component and layer directions of STYLE.md true. Each rule over portal-core is written once
 * as a function of the root package, checked on the platform, and shown to fail on the planted violations of
 * {@code org.reportingportals.archfixture} (a tiny codebase of the same shape that breaks each rule once), so no
 * rule here can pass by matching nothing.
 */
class ArchitectureTest {

    private static final String CORE = "org.reportingportals.core";
    private static final String FIXTURE = "org.reportingportals.archfixture.core";

    private static JavaClasses classes;
    private static JavaClasses planted;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.reportingportals");
        planted = new ClassFileImporter().importPackages(FIXTURE);
    }

    // --- the rules, by root package

    /** Components ({@code core.<component>}) import each other in one direction only. */
    static ArchRule componentsAreFreeOfCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    /** The ground ({@code platform}) is what every component stands on: it imports none of them. */
    static ArchRule theGroundDependsOnNoFeature(String root) {
        return classes().that().resideInAPackage(root + ".platform..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage(root + "..")
                        .or(resideInAPackage(root + ".platform..")));
    }

    static ArchRule controlNeverCallsBoundary(String root) {
        return noClasses().that().resideInAPackage(root + "..control..")
                .should().dependOnClassesThat().resideInAPackage(root + "..boundary..");
    }

    static ArchRule entitiesKnowNeitherControlNorBoundary(String root) {
        return noClasses().that().resideInAPackage(root + "..entity..")
                .should().dependOnClassesThat().resideInAnyPackage(root + "..control..", root + "..boundary..");
    }

    /** The boundary owns the transaction: no {@code @Transactional} method or class anywhere else. */
    static ArchRule transactionsAreDemarcatedOnlyAtTheBoundary(String root) {
        return noMethods().that().areDeclaredInClassesThat().resideInAPackage(root + "..")
                .and().areDeclaredInClassesThat().resideOutsideOfPackage(root + "..boundary..")
                .should().beAnnotatedWith(Transactional.class)
                .orShould().beDeclaredInClassesThat().areAnnotatedWith(Transactional.class);
    }

    /**
     * Only the reports component loads, queries or stores the Report aggregate through an EntityManager (which
     * needs {@code Report.class}); everyone else goes through {@code ReportStore} and Report's own methods.
     */
    static ArchRule onlyReportsWritesTheReport(String root) {
        String report = root + ".reports.entity.Report";
        return classes().that().resideInAPackage(root + "..").and().resideOutsideOfPackage(root + ".reports..")
                .should(new ArchCondition<JavaClass>("not use " + report + ".class with an EntityManager") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        item.getReferencedClassObjects().stream()
                                .filter(reference -> reference.getRawType().getName().equals(report))
                                .forEach(reference -> events.add(SimpleConditionEvent.violated(item,
                                        item.getName() + " uses " + report + ".class in " + reference.getOwner().getFullName())));
                    }
                });
    }

    private static final Pattern WRITES_REPORTS =
            Pattern.compile("(?i)\\b(UPDATE|INSERT\\s+INTO|DELETE\\s+FROM)\\s+reports\\b");

    /** SQL that writes the {@code reports} table, in sources outside the reports component (text rule). */
    static List<String> sqlWritingReportsOutsideReports(Path sources) {
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !sources.relativize(f).toString().replace('\\', '/').contains("reports/"))
                    .filter(f -> WRITES_REPORTS.matcher(read(f)).find())
                    .map(f -> sources.relativize(f).toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- held on the platform

    @Test
    void componentsImportEachOtherWithoutCycles() {
        componentsAreFreeOfCycles(CORE).check(classes);
    }

    @Test
    void theGroundImportsNoFeature() {
        theGroundDependsOnNoFeature(CORE).check(classes);
    }

    @Test
    void controlNeverCallsBoundary() {
        controlNeverCallsBoundary(CORE).check(classes);
    }

    @Test
    void entitiesKnowNeitherControlNorBoundary() {
        entitiesKnowNeitherControlNorBoundary(CORE).check(classes);
    }

    @Test
    void onlyBoundariesDemarcateTransactions() {
        transactionsAreDemarcatedOnlyAtTheBoundary(CORE).check(classes);
    }

    @Test
    void onlyTheReportsComponentWritesReports() {
        onlyReportsWritesTheReport(CORE).check(classes);
        assertEquals(List.of(), sqlWritingReportsOutsideReports(Path.of("src/main/java/org/reportingportals/core")),
                "SQL writing the reports table belongs in reports.control.ReportStore");
    }

    // --- each rule fails on its planted violation, naming it

    @Test
    void everyRuleFailsOnItsPlantedViolation() {
        assertFailsNaming(FIXTURE, ArchitectureTest::componentsAreFreeOfCycles, "AlphaResource", "BetaResource");
        assertFailsNaming(FIXTURE, ArchitectureTest::theGroundDependsOnNoFeature, "GroundHelper");
        assertFailsNaming(FIXTURE, ArchitectureTest::controlNeverCallsBoundary, "AlphaRules");
        assertFailsNaming(FIXTURE, ArchitectureTest::entitiesKnowNeitherControlNorBoundary, "BetaValue");
        assertFailsNaming(FIXTURE, ArchitectureTest::transactionsAreDemarcatedOnlyAtTheBoundary, "BetaLogic.work");
        assertFailsNaming(FIXTURE, ArchitectureTest::onlyReportsWritesTheReport, "ReportSideDoor");
        assertEquals(List.of("core/alpha/control/ReportSideDoor.java"),
                sqlWritingReportsOutsideReports(Path.of("src/test/java/org/reportingportals/archfixture")));
    }

    private static void assertFailsNaming(String root, Function<String, ArchRule> rule, String... culprits) {
        AssertionError failure = assertThrows(AssertionError.class, () -> rule.apply(root).check(planted));
        for (String culprit : culprits) {
            assertTrue(failure.getMessage().contains(culprit), culprit + " is named: " + failure.getMessage());
        }
    }

    /** Tenancy is resolved before any feature runs, so it stands on the ground alone. */
    @Test
    void tenancyStandsOnThePlatformOnly() {
        noClasses().that().resideInAPackage(CORE + ".tenancy..")
                .should().dependOnClassesThat(resideInAPackage(CORE + "..")
                        .and(not(resideInAnyPackage(CORE + ".tenancy..", CORE + ".platform.."))))
                .check(classes);
    }

    // --- the modules

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
                .check(classes);
    }

    @Test
    void tenantConfigDoesNotReachIntoTheWar() {
        noClasses().that().resideInAPackage("org.reportingportals.tenant..")
                .should().dependOnClassesThat().resideInAPackage("org.reportingportals.core..")
                .check(classes);
    }

    @Test
    void layerRulesHoldInEveryModule() {
        noClasses().that().resideInAPackage("..control..").and(not(resideInAPackage(FIXTURE + "..")))
                .should().dependOnClassesThat().resideInAPackage("..boundary..").check(classes);
        noClasses().that().resideInAPackage("..entity..")
                .should().dependOnClassesThat().resideInAnyPackage("..control..", "..boundary..").check(classes);
    }
}
