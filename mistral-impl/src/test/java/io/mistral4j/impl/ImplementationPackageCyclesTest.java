package io.mistral4j.impl;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.mistral4j.tck.arch.MistralArchRules;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The implementation's packages, every one under {@code io.mistral4j.impl}, use each other
 * without cycles, as the API's do. The same rule is run over a fixture of two test-only
 * packages that use each other, to show it would catch one; the real import takes main classes
 * only, so the fixture never reaches it.
 */
class ImplementationPackageCyclesTest {

    private static final ArchRule NO_CYCLES = MistralArchRules.packagesAreFreeOfCycles("io.mistral4j.impl");
    private static final String FIXTURE = "io.mistral4j.impl.cyclefixture";

    @Test
    void implementationPackagesAreFreeOfCycles() {
        JavaClasses implementation = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.mistral4j.impl");

        assertThat(implementation.containPackage("io.mistral4j.impl.json.tagged")).isTrue();
        assertThat(implementation.containPackage(FIXTURE + ".a")).as("test code is not imported").isFalse();
        NO_CYCLES.check(implementation);
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
