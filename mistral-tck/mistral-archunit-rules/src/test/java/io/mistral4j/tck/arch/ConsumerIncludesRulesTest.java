package io.mistral4j.tck.arch;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/**
 * A consumer that has only its own application code on the import includes every rule at once;
 * none fails for want of Mistral4J classes. Run by the ArchUnit JUnit 5 engine.
 */
@AnalyzeClasses(packages = "io.mistral4j.tck.arch.fixtures.app.good")
class ConsumerIncludesRulesTest {

    @ArchTest
    static final ArchTests MISTRAL4J_RULES = ArchTests.in(MistralArchRules.class);
}
