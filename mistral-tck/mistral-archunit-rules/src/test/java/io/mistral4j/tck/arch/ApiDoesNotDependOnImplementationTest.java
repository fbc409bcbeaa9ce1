package io.mistral4j.tck.arch;

import static io.mistral4j.tck.arch.Fixtures.fixturePackage;
import static io.mistral4j.tck.arch.Fixtures.fixtures;
import static io.mistral4j.tck.arch.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiDoesNotDependOnImplementationTest {

    @Test
    void anApiThatNamesTheImplementationFails() {
        ArchRule rule = MistralArchRules.apiDoesNotDependOnImplementation(
                fixturePackage("leakyapi"), fixturePackage("fakeimpl"));

        List<String> violations = violations(rule, fixtures("leakyapi", "fakeimpl"));

        assertThat(violations).singleElement().asString()
                .contains("leakyapi.LeakyApi.implementation()")
                .contains("has return type <io.mistral4j.tck.arch.fixtures.fakeimpl.FakeChatService>");
    }

    @Test
    void anApiThatDoesNotNameTheImplementationPasses() {
        ArchRule rule = MistralArchRules.apiDoesNotDependOnImplementation(
                fixturePackage("jdkonly"), fixturePackage("fakeimpl"));

        assertThat(violations(rule, fixtures("jdkonly", "fakeimpl"))).isEmpty();
    }

    @Test
    void theFailureReportSaysWhy() {
        ArchRule rule = MistralArchRules.apiDoesNotDependOnImplementation(
                fixturePackage("leakyapi"), fixturePackage("fakeimpl"));

        assertThat(rule.evaluate(fixtures("leakyapi")).getFailureReport().toString())
                .contains("because the implementation is found at run time through ServiceLoader");
    }

    @Test
    void theFactoryNeedsBothPackages() {
        assertThatThrownBy(() -> MistralArchRules.apiDoesNotDependOnImplementation("com.acme.api..", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MistralArchRules.apiDoesNotDependOnImplementation(null, "com.acme.impl.."))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
