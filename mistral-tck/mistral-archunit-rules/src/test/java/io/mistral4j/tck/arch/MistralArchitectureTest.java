package io.mistral4j.tck.arch;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/**
 * The rule library applied to the Mistral4J classes on this module's class path (the API and
 * the rules), the way Mistral4J's own build includes it. Run by the ArchUnit JUnit 5 engine.
 */
@AnalyzeClasses(packages = "io.mistral4j", importOptions = ImportOption.DoNotIncludeTests.class)
class MistralArchitectureTest {

    @ArchTest
    static final ArchTests DEFAULT_SET = ArchTests.in(MistralArchRules.class);

    @ArchTest
    static final ArchTests PROJECT = ArchTests.in(MistralProjectRules.class);

    /**
     * The API's domain packages, the SPI, the errors and the rules use each other without
     * cycles. The root package is left out: {@code MistralClient} names every domain service
     * and the domains use its shared types, by design.
     */
    @ArchTest
    static final ArchRule PACKAGES_BELOW_THE_ROOT_ARE_FREE_OF_CYCLES = SlicesRuleDefinition.slices()
            .matching("io.mistral4j.(*)..")
            .should().beFreeOfCycles();
}
