package io.mistral4j.tck.simulator;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** The simulator speaks raw JSON, so it must stay independent of the client library's types. */
class SimulatorDependenciesTest {

    @Test
    void simulatorUsesOnlyTheJdkAndGson() {
        JavaClasses simulator = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.mistral4j.tck.simulator");

        classes().should().onlyDependOnClassesThat().resideInAnyPackage(
                        "io.mistral4j.tck.simulator..", "java..", "com.google.gson..", "com.sun.net.httpserver..")
                .check(simulator);
    }
}
