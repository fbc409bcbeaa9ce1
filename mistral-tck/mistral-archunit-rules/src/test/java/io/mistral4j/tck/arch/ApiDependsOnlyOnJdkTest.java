package io.mistral4j.tck.arch;

import static io.mistral4j.tck.arch.Fixtures.fixturePackage;
import static io.mistral4j.tck.arch.Fixtures.fixtures;
import static io.mistral4j.tck.arch.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import io.mistral4j.tck.arch.fixtures.jsonapi.AnnotatedForGson;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiDependsOnlyOnJdkTest {

    private final ArchRule jsonApiRule = MistralArchRules.apiDependsOnlyOnJdk(fixturePackage("jsonapi"));

    @Test
    void anApiBuiltFromJdkTypesOnlyPasses() {
        // records, sealed types, enums and switches over them, arrays, primitives, lambdas,
        // method references, generics, java.lang annotations and the API's own annotation
        ArchRule rule = MistralArchRules.apiDependsOnlyOnJdk(fixturePackage("jdkonly"));

        assertThat(violations(rule, fixtures("jdkonly"))).isEmpty();
    }

    @Test
    void aJsonLibraryTypeInTheApiFails() {
        List<String> violations = violations(jsonApiRule, fixtures("jsonapi"));

        assertThat(violations).anySatisfy(line -> assertThat(line)
                .contains("jsonapi.UsesGson.codec()")
                .contains("has return type <com.google.gson.Gson>"));
    }

    @Test
    void aJsonAnnotationAloneFails() {
        JavaClasses annotatedOnly = new ClassFileImporter().importClasses(AnnotatedForGson.class);

        List<String> violations = violations(jsonApiRule, annotatedOnly);

        assertThat(violations).singleElement().asString()
                .contains("Field <" + AnnotatedForGson.class.getName() + ".finishReason>")
                .contains("is annotated with <com.google.gson.annotations.SerializedName>");
    }

    @Test
    void javaxOutsideTlsAndJdkPackagesAreNotPartOfTheAllowedJdk() {
        List<String> violations = violations(jsonApiRule, fixtures("jsonapi"));

        assertThat(violations)
                .anySatisfy(line -> assertThat(line)
                        .contains("jsonapi.UsesJavax.lookup()")
                        .contains("<javax.naming.InitialContext"))
                .anySatisfy(line -> assertThat(line)
                        .contains("jsonapi.UsesJdkPackage.keepAliveIdle()")
                        .contains("<jdk.net.ExtendedSocketOptions.TCP_KEEPIDLE>"));
    }

    @Test
    void theFailureReportSaysWhy() {
        String report = jsonApiRule.evaluate(fixtures("jsonapi")).getFailureReport().toString();

        assertThat(report)
                .contains("should only depend on classes that reside in java.., javax.net.ssl.. or in the API itself")
                .contains("because the API is the one module every user compiles against");
    }

    @Test
    void theFactoryFailsWhenThePackagesHoldNoClasses() {
        ArchRule rule = MistralArchRules.apiDependsOnlyOnJdk(fixturePackage("nosuchpackage"));

        assertThatThrownBy(() -> rule.check(fixtures("jdkonly")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }

    @Test
    void theFactoryNeedsAtLeastOnePackage() {
        assertThatThrownBy(MistralArchRules::apiDependsOnlyOnJdk)
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MistralArchRules.apiDependsOnlyOnJdk("com.acme..", " "))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
