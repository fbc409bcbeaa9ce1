package io.mistral4j.tck.simulator;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.mistral4j.tck.arch.MistralArchRules;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The simulator's packages (and its JUnit extension's) use each other without cycles. The same
 * rule is run over a fixture of two test-only packages that use each other, to show it would
 * catch one; the real import takes main classes only, so the fixture never reaches it.
 */
class SimulatorPackageCyclesTest {

    private static final ArchRule NO_CYCLES = MistralArchRules.packagesAreFreeOfCycles("io.mistral4j.tck");
    private static final String FIXTURE = "io.mistral4j.tck.simulator.cyclefixture";

    @Test
    void simulatorPackagesAreFreeOfCycles() {
        JavaClasses simulator = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.mistral4j.tck.simulator", "io.mistral4j.tck.junit");

        assertThat(simulator.containPackage("io.mistral4j.tck.simulator.routes.batch")).isTrue();
        assertThat(simulator.containPackage(FIXTURE + ".a")).as("test code is not imported").isFalse();
        NO_CYCLES.check(simulator);
    }

    @Test
    void theRuleReportsTwoPackagesThatUseEachOther() {
        JavaClasses fixture = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages(FIXTURE);

        assertThatThrownBy(() -> NO_CYCLES.check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected")
                .hasMessageContaining(FIXTURE + ".a")
                .hasMessageContaining(FIXTURE + ".b");
    }
}
