package io.mistral4j.tck.arch;

import static io.mistral4j.tck.arch.Fixtures.LAYOUT;
import static io.mistral4j.tck.arch.Fixtures.fixtures;
import static io.mistral4j.tck.arch.Fixtures.layout;
import static io.mistral4j.tck.arch.Fixtures.violatingDependencies;
import static io.mistral4j.tck.arch.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.mistral4j.tck.arch.fixtures.app.good.GoodApp;
import io.mistral4j.tck.arch.fixtures.layout.MistralClient;
import io.mistral4j.tck.arch.fixtures.layout.chat.ChatService;
import io.mistral4j.tck.arch.fixtures.layout.impl.DefaultChatService;
import io.mistral4j.tck.arch.fixtures.layout.otel.TracingObserver;
import io.mistral4j.tck.arch.fixtures.layout.otel.metrics.Meters;
import io.mistral4j.tck.arch.fixtures.layout.transport.beta.BetaTransport;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The constants of {@link MistralArchRules} are the layout rules over the root
 * {@code io.mistral4j}; here the same rules run over a fixture that mimics that layout, with
 * classes that break them on purpose.
 */
class ProjectLayoutRulesTest {

    private final JavaClasses layoutAndApps = fixtures("layout", "app");

    @Test
    void theApiMayNotNameTheImplementation() {
        assertThat(violatingDependencies(layout().apiDependsOnlyOnJdk(), layoutAndApps))
                .containsExactly("LeakyException -> DefaultChatService");
        assertThat(violatingDependencies(layout().apiDoesNotDependOnImplementation(), layoutAndApps))
                .containsExactly("LeakyException -> DefaultChatService");
    }

    @Test
    void theApiIsTheRootMinusImplementationSideTckExamplesAndBenchmarks() {
        // DefaultChatService uses Gson and CodecBenchmark constructs it, the plugins use Gson
        // and each other: none of them is API, so only LeakyException is reported
        List<String> violations = violations(layout().apiDependsOnlyOnJdk(), layoutAndApps);

        assertThat(violations).isNotEmpty().allSatisfy(line ->
                assertThat(line).matches("\\S+ <" + Pattern.quote(LAYOUT + ".errors.LeakyException") + ".*"));
    }

    @Test
    void transportsObservabilityAndBudgetStoresMayNotUseTheImplementationOrEachOther() {
        // everything else they use is fine: BetaTransport uses the API and Gson,
        // TracingObserver the API and its own sub-package, AlphaTransport and LeakyStore their
        // own internal packages and the API
        assertThat(violatingDependencies(layout().pluginsDependOnlyOnApi(), layoutAndApps))
                .containsExactlyInAnyOrder(
                        "AlphaTransport -> BetaTransport",
                        "AlphaTransport -> DefaultChatService",
                        "LeakyObserver -> DefaultChatService",
                        "LeakyStore -> DefaultChatService");
    }

    @Test
    void theFailureReportNamesTheOffendingClassAndDependency() {
        List<String> violations = violations(layout().pluginsDependOnlyOnApi(), layoutAndApps);

        assertThat(violations)
                .anySatisfy(line -> assertThat(line)
                        .startsWith("Field <" + LAYOUT + ".transport.alpha.AlphaTransport.fallback>")
                        .contains("has type <" + LAYOUT + ".transport.beta.BetaTransport>"))
                .anySatisfy(line -> assertThat(line)
                        .startsWith("Method <" + LAYOUT + ".otel.LeakyObserver.observes(")
                        .contains("checks instanceof <" + LAYOUT + ".impl.DefaultChatService>"));
    }

    @Test
    void onlyTheImplementationSideAndBenchmarksConstructImplementations() {
        List<String> violations =
                violations(layout().implementationIsNotInstantiatedDirectly(), layoutAndApps);

        assertThat(violations)
                .hasSize(2)
                .allSatisfy(line -> assertThat(line).contains("app.bad.BadApp"))
                .anySatisfy(line -> assertThat(line)
                        .contains("calls constructor <" + LAYOUT + ".impl.DefaultChatService.<init>()>"))
                .anySatisfy(line -> assertThat(line)
                        .contains("references constructor <" + LAYOUT
                                + ".transport.alpha.AlphaTransport.<init>()>"));
    }

    @Test
    void aLayoutThatKeepsTheRulesPassesThemAll() {
        JavaClasses compliant = new ClassFileImporter().importClasses(MistralClient.class,
                ChatService.class, DefaultChatService.class, BetaTransport.class,
                TracingObserver.class, Meters.class, GoodApp.class);
        MistralArchRules.ProjectLayout layout = layout();

        assertThat(violations(layout.apiDependsOnlyOnJdk(), compliant)).isEmpty();
        assertThat(violations(layout.apiDoesNotDependOnImplementation(), compliant)).isEmpty();
        assertThat(violations(layout.pluginsDependOnlyOnApi(), compliant)).isEmpty();
        assertThat(violations(layout.implementationIsNotInstantiatedDirectly(), compliant)).isEmpty();
    }
}
