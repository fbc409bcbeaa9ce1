package io.mistral4j.tck.arch;

import static io.mistral4j.tck.arch.Fixtures.fixturePackage;
import static io.mistral4j.tck.arch.Fixtures.fixtures;
import static io.mistral4j.tck.arch.Fixtures.violatingDependencies;
import static io.mistral4j.tck.arch.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The rules new to the default set and the cycle factory, each over the consumer fixture
 * ({@code com.acme}, compiled apart from the tests) that breaks it.
 */
class DefaultSetTest {

    private static final JavaClasses CONSUMER = new ClassFileImporter().importPackages("com.acme");

    @Test
    void anApplicationThatUsesTheImplementationFails() {
        assertThat(violatingDependencies(MistralArchRules.USE_MISTRAL4J_THROUGH_ITS_API, CONSUMER))
                .contains("Assistant -> InternalClient");
        assertThat(MistralArchRules.USE_MISTRAL4J_THROUGH_ITS_API.getDescription())
                .contains("io.mistral4j.impl..", "because Mistral4J is used through mistral-api");
    }

    @Test
    void theImplementationRuleIgnoresMistral4jsOwnPackages() {
        // the fixtures live under io.mistral4j; the fake implementation uses its own classes
        assertThat(violations(MistralArchRules.USE_MISTRAL4J_THROUGH_ITS_API, fixtures("app", "layout"))).isEmpty();
    }

    @Test
    void packagesThatUseEachOtherFail() {
        assertThat(violations(MistralArchRules.NO_PACKAGE_CYCLES, CONSUMER))
                .anySatisfy(line -> assertThat(line)
                        .contains("Cycle detected", "com.acme.assistant", "com.acme.store"));
    }

    @Test
    void packagesWithoutCyclesPass() {
        assertThat(violations(MistralArchRules.NO_PACKAGE_CYCLES,
                new ClassFileImporter().importPackages("com.acme.store"))).isEmpty();
        assertThat(violations(MistralArchRules.NO_PACKAGE_CYCLES, fixtures("app", "layout"))).isEmpty();
    }

    @Test
    void theCycleFactoryChecksTheNamedPackagesOnly() {
        assertThat(violations(MistralArchRules.packagesAreFreeOfCycles("com.acme"), CONSUMER))
                .anySatisfy(line -> assertThat(line).contains("Cycle detected"));
        assertThat(violations(MistralArchRules.packagesAreFreeOfCycles("com.acme.store"), CONSUMER)).isEmpty();
        assertThatThrownBy(() -> MistralArchRules.packagesAreFreeOfCycles("com.nosuch").check(CONSUMER))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }

    @Test
    void pluginRulesLookAtMainClassesOnly() {
        // the plugin fixtures are test classes: the public rule finds no class of the plugin,
        // which is what a transport's verification test looks like to it
        ArchRule rule = MistralArchRules.pluginDependsOnlyOnApi(fixturePackage("plugins.alpha"));

        assertThatThrownBy(() -> rule.check(fixtures("plugins")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
        assertThat(MistralArchRules.mainClasses().test(
                new ClassFileImporter().importClass(MistralArchRules.class))).isTrue();
        assertThat(MistralArchRules.mainClasses().test(
                new ClassFileImporter().importClass(DefaultSetTest.class))).isFalse();
    }
}
