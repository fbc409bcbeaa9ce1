package io.mistral4j.tck.arch;

import static io.mistral4j.tck.arch.Fixtures.fixturePackage;
import static io.mistral4j.tck.arch.Fixtures.fixtures;
import static io.mistral4j.tck.arch.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

class PluginDependsOnlyOnApiTest {

    @Test
    void aTransportThatUsesAnotherTransportFails() {
        ArchRule rule = Fixtures.mistral4jCountingTestClasses().pluginDependsOnlyOnApi(fixturePackage("plugins.alpha"));

        List<String> violations = violations(rule, fixtures("plugins"));

        assertThat(violations)
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line)
                        .contains("plugins.alpha.AlphaTransport")
                        .contains("<io.mistral4j.tck.arch.fixtures.plugins.beta.BetaTransport"))
                .anySatisfy(line -> assertThat(line).contains("calls constructor"))
                .anySatisfy(line -> assertThat(line).contains("AlphaTransport.delegate> has type"));
    }

    @Test
    void aTransportThatUsesTheJdkLibrariesAndItsOwnPackagesPasses() {
        // BetaTransport uses java.net.http, Gson and its own internal sub-package
        ArchRule rule = Fixtures.mistral4jCountingTestClasses().pluginDependsOnlyOnApi(fixturePackage("plugins.beta"));

        assertThat(violations(rule, fixtures("plugins"))).isEmpty();
    }

    @Test
    void theFailureReportSaysWhy() {
        ArchRule rule = Fixtures.mistral4jCountingTestClasses().pluginDependsOnlyOnApi(fixturePackage("plugins.alpha"));

        assertThat(rule.evaluate(fixtures("plugins")).getFailureReport().toString())
                .contains("should depend within io.mistral4j.. only on the Mistral4J API")
                .contains("because transports and observability are plugged in through the SPI");
    }

    @Test
    void theFactoryNeedsAPackage() {
        assertThatThrownBy(() -> MistralArchRules.pluginDependsOnlyOnApi(" "))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
