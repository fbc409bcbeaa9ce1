package io.mistral4j.tck.arch;

import static io.mistral4j.tck.arch.Fixtures.LAYOUT;
import static io.mistral4j.tck.arch.Fixtures.fixturePackage;
import static io.mistral4j.tck.arch.Fixtures.fixtures;
import static io.mistral4j.tck.arch.Fixtures.layout;
import static io.mistral4j.tck.arch.Fixtures.violatingDependencies;
import static io.mistral4j.tck.arch.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The application rule names the real implementation packages, which a fixture cannot depend
 * on; its failing case runs the same rule over the fixture layout.
 */
class ApplicationUsesApiOnlyTest {

    @Test
    void anApplicationThatWiresTheImplementationSideByHandFails() {
        ArchRule rule = layout().applicationUsesApiOnly(fixturePackage("app.bad"));

        assertThat(violatingDependencies(rule, fixtures("app", "layout"))).containsExactly(
                "BadApp -> AlphaTransport", "BadApp -> DefaultChatService", "BadApp -> TracingObserver");

        List<String> violations = violations(rule, fixtures("app", "layout"));
        assertThat(violations)
                .allSatisfy(line -> assertThat(line).contains("app.bad.BadApp"))
                .anySatisfy(line -> assertThat(line)
                        .contains("calls constructor <" + LAYOUT + ".impl.DefaultChatService.<init>()>"))
                .anySatisfy(line -> assertThat(line)
                        .contains("references constructor <" + LAYOUT
                                + ".transport.alpha.AlphaTransport.<init>()>"))
                .anySatisfy(line -> assertThat(line)
                        .contains("BadApp.observer> has type <" + LAYOUT + ".otel.TracingObserver>"));
    }

    @Test
    void anApplicationThatUsesTheApiAndServiceLoaderPasses() {
        ArchRule rule = layout().applicationUsesApiOnly(fixturePackage("app.good"));

        assertThat(violations(rule, fixtures("app", "layout"))).isEmpty();
    }

    @Test
    void thePublicFactoryChecksTheMistral4jImplementationSide() {
        ArchRule rule = MistralArchRules.applicationUsesApiOnly(fixturePackage("app"));

        assertThat(rule.getDescription())
                .contains("io.mistral4j.impl..", "io.mistral4j.transport..", "io.mistral4j.otel..")
                .contains("because application code gets a client from MistralClient.builder()");
        // the fixture applications depend on fixture classes only, never on the real packages
        assertThat(violations(rule, fixtures("app", "layout"))).isEmpty();
    }

    @Test
    void thePublicFactoryFailsWhenThePackagesHoldNoClasses() {
        ArchRule rule = MistralArchRules.applicationUsesApiOnly(fixturePackage("nosuchapp"));

        assertThatThrownBy(() -> rule.check(fixtures("app")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }

    @Test
    void theFactoryNeedsAtLeastOnePackage() {
        assertThatThrownBy(MistralArchRules::applicationUsesApiOnly)
                .isInstanceOf(IllegalArgumentException.class);
    }
}
