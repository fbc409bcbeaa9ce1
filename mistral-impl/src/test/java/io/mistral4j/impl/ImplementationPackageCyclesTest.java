package io.mistral4j.impl;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.mistral4j.tck.arch.MistralArchRules;
import org.junit.jupiter.api.Test;

/** The implementation's packages use each other without cycles, as the API's do. */
class ImplementationPackageCyclesTest {

    @Test
    void implementationPackagesAreFreeOfCycles() {
        MistralArchRules.packagesAreFreeOfCycles("io.mistral4j.impl").check(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.mistral4j.impl"));
    }
}
