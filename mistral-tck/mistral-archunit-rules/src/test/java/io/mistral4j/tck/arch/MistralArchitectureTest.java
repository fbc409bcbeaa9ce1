package io.mistral4j.tck.arch;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/**
 * The rule library applied to the Mistral4J classes on this module's class path (the API and
 * the TCK), the way a consumer includes it. Run by the ArchUnit JUnit 5 engine.
 */
@AnalyzeClasses(packages = "io.mistral4j", importOptions = ImportOption.DoNotIncludeTests.class)
class MistralArchitectureTest {

    @ArchTest
    static final ArchTests MISTRAL4J_RULES = ArchTests.in(MistralArchRules.class);
}
