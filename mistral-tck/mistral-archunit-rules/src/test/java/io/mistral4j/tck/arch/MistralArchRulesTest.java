package io.mistral4j.tck.arch;

import static io.mistral4j.tck.arch.Fixtures.fixtures;
import static io.mistral4j.tck.arch.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MistralArchRulesTest {

    private static final List<String> PROJECT_SCOPED = List.of(
            "API_DEPENDS_ONLY_ON_JDK",
            "API_DOES_NOT_DEPEND_ON_IMPLEMENTATION",
            "TRANSPORTS_AND_OBSERVABILITY_DEPEND_ONLY_ON_API",
            "IMPLEMENTATION_IS_NOT_INSTANTIATED_DIRECTLY",
            "USE_MISTRAL4J_THROUGH_ITS_API",
            "NO_PACKAGE_CYCLES");

    @Test
    void isAFinalHolderOfConstantsAndFactories() {
        assertThat(Modifier.isFinal(MistralArchRules.class.getModifiers())).isTrue();
        assertThat(MistralArchRules.class.getDeclaredConstructors())
                .allSatisfy(constructor -> assertThat(Modifier.isPrivate(constructor.getModifiers())).isTrue());
    }

    @Test
    void theDefaultSetIsWhatArchTestsInPicksUp() {
        // ArchTests.in(MistralArchRules.class) evaluates the @ArchTest members of the class
        assertThat(annotatedRuleNames(MistralArchRules.class)).containsExactlyInAnyOrder(
                "USE_MISTRAL4J_THROUGH_ITS_API",
                "IMPLEMENTATION_IS_NOT_INSTANTIATED_DIRECTLY",
                "NO_PACKAGE_CYCLES");
        assertThat(ruleFields()).allSatisfy(field ->
                assertThat(Modifier.isFinal(field.getModifiers())).as(field.getName()).isTrue());
    }

    @Test
    void providerIsolationIsOptIn() {
        assertThat(annotatedRuleNames(MistralArchRules.class)).doesNotContain("NO_OTHER_AI_PROVIDER_CLIENTS");
        assertThat(ruleConstants()).containsKey("NO_OTHER_AI_PROVIDER_CLIENTS");
    }

    @Test
    void theProjectSetHoldsTheRulesOnMistral4jsOwnPackages() {
        assertThat(annotatedRuleNames(MistralProjectRules.class)).containsExactlyInAnyOrder(
                "API_DEPENDS_ONLY_ON_JDK",
                "API_DOES_NOT_DEPEND_ON_IMPLEMENTATION",
                "TRANSPORTS_AND_OBSERVABILITY_DEPEND_ONLY_ON_API",
                "NO_OTHER_AI_PROVIDER_CLIENTS",
                "IMPLEMENTATION_IS_NOT_INSTANTIATED_DIRECTLY");
    }

    @Test
    void everyRuleConstantSaysWhy() {
        assertThat(ruleConstants()).allSatisfy((name, rule) ->
                assertThat(rule.getDescription()).as(name).contains(", because "));
    }

    @Test
    void projectScopedRulesDoNotFailABuildWithoutMistral4jClasses() {
        JavaClasses nothing = new ClassFileImporter().importClasses();
        Map<String, ArchRule> rules = ruleConstants();

        assertThat(PROJECT_SCOPED).allSatisfy(name ->
                assertThatCode(() -> rules.get(name).check(nothing)).as(name).doesNotThrowAnyException());
    }

    @Test
    void consumerCodeThatKeepsTheRulesPassesEveryConstant() {
        // an application, an API-like package and a transport-like package of a consumer
        JavaClasses consumer = fixtures("app.good", "jdkonly", "plugins.beta");

        assertThat(ruleConstants()).allSatisfy((name, rule) ->
                assertThat(violations(rule, consumer)).as(name).isEmpty());
    }

    @Test
    void theConstantsKnowTheMistral4jLayout() {
        Map<String, ArchRule> rules = ruleConstants();

        assertThat(rules.get("API_DEPENDS_ONLY_ON_JDK").getDescription())
                .contains("io.mistral4j.. except impl, transport, otel, budget, tck, examples and benchmarks");
        assertThat(rules.get("API_DOES_NOT_DEPEND_ON_IMPLEMENTATION").getDescription())
                .contains("io.mistral4j.impl..");
        assertThat(rules.get("TRANSPORTS_AND_OBSERVABILITY_DEPEND_ONLY_ON_API").getDescription())
                .contains("io.mistral4j.transport..", "io.mistral4j.otel..", "io.mistral4j.budget..");
        // the TCK, fixtures included, is not the API: its Gson-using fixture is not checked
        assertThat(violations(rules.get("API_DEPENDS_ONLY_ON_JDK"), fixtures("jsonapi"))).isEmpty();
    }

    private static List<String> annotatedRuleNames(Class<?> holder) {
        return Arrays.stream(holder.getDeclaredFields())
                .filter(field -> field.isAnnotationPresent(ArchTest.class))
                .map(Field::getName)
                .collect(Collectors.toList());
    }

    private static List<Field> ruleFields() {
        return Arrays.stream(MistralArchRules.class.getDeclaredFields())
                .filter(field -> ArchRule.class.isAssignableFrom(field.getType()))
                .filter(field -> Modifier.isPublic(field.getModifiers()))
                .filter(field -> Modifier.isStatic(field.getModifiers()))
                .collect(Collectors.toList());
    }

    private static Map<String, ArchRule> ruleConstants() {
        return ruleFields().stream().collect(Collectors.toMap(Field::getName, field -> {
            try {
                return (ArchRule) field.get(null);
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
        }, (a, b) -> a, java.util.LinkedHashMap::new));
    }

}
