package com.acme;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import io.mistral4j.tck.arch.MistralArchRules;

@AnalyzeClasses(packages = "com.acme", importOptions = ImportOption.DoNotIncludeTests.class)
class MistralArchitectureTest {

    @ArchTest
    static final ArchTests MISTRAL4J = ArchTests.in(MistralArchRules.class);
}
