package io.mistral4j.examples;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import io.mistral4j.tck.arch.MistralArchRules;
import io.mistral4j.tck.arch.MistralProjectRules;

/**
 * The module rules of this build, checked over every Mistral4J module on this class path
 * (API, implementation, the HttpClient 5 and Netty transports, observability, the Redis budget
 * store, TCK and the examples themselves).
 */
@AnalyzeClasses(packages = "io.mistral4j", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests MISTRAL4J_RULES = ArchTests.in(MistralProjectRules.class);

    /** Fails if observability-otel's classes were not imported, unlike the constant that allows none. */
    @ArchTest
    static final ArchRule OBSERVABILITY_USES_THE_API_ONLY = MistralArchRules.pluginDependsOnlyOnApi("io.mistral4j.otel..");

    /** Budget stores are plugins too: the API, their engine's client, nothing else of ours. */
    @ArchTest
    static final ArchRule BUDGET_STORES_USE_THE_API_ONLY = MistralArchRules.pluginDependsOnlyOnApi("io.mistral4j.budget..");

    @ArchTest
    static final ArchRule EXAMPLES_USE_THE_API_ONLY = MistralArchRules.applicationUsesApiOnly("io.mistral4j.examples..");
}
