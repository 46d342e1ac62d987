package io.careerhistory.infra.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The module rules of DESIGN.md section 4, checked on the compiled classes of all modules. */
class ModuleRulesTest {

    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                                            .importPackages("io.careerhistory");
    }

    /** Events, typed ids and their upcasters (which rewrite Jackson JSON trees through Axon's upcasting API). */
    @Test
    void sharedEventsDependOnNothingOfOursNorOnSpringOrMongo() {
        classes().that().resideInAPackage("io.careerhistory.events..")
                 .should().onlyDependOnClassesThat()
                 .resideInAnyPackage("java..", "io.careerhistory.events..", "org.axonframework.serialization..",
                                     "com.fasterxml.jackson.annotation..", "com.fasterxml.jackson.databind..")
                 .check(production);
    }

    @Test
    void theCommandSideNeverDependsOnTheQuerySideOrInfra() {
        noClasses().that().resideInAPackage("io.careerhistory.command..")
                   .should().dependOnClassesThat().resideInAnyPackage("io.careerhistory.query..", "io.careerhistory.infra..")
                   .check(production);
    }

    @Test
    void theQuerySideNeverDependsOnTheCommandSideOrInfra() {
        noClasses().that().resideInAPackage("io.careerhistory.query..")
                   .should().dependOnClassesThat().resideInAnyPackage("io.careerhistory.command..", "io.careerhistory.infra..")
                   .check(production);
    }

    @Test
    void theCommandSideNeverReadsTheWallClock() {
        noClasses().that().resideInAPackage("io.careerhistory.command..")
                   .should().callMethod(Instant.class, "now")
                   .orShould().callMethod(LocalDate.class, "now")
                   .orShould().callMethod(LocalDateTime.class, "now")
                   .orShould().callMethod(Clock.class, "systemUTC")
                   .orShould().callMethod(Clock.class, "systemDefaultZone")
                   .check(production);
    }
}
