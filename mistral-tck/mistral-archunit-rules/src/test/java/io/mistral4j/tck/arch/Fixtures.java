package io.mistral4j.tck.arch;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Imports fixture classes and evaluates rules against them. */
final class Fixtures {

    /** Root package of the fixtures; every fixture package lives below it. */
    static final String FIXTURES = "io.mistral4j.tck.arch.fixtures";

    /** Root of the fixture that mimics the Mistral4J package layout. */
    static final String LAYOUT = FIXTURES + ".layout";

    private Fixtures() {
    }

    /** Imports the given fixture packages, named relative to {@link #FIXTURES}. */
    static JavaClasses fixtures(String... relativePackages) {
        String[] packages = Arrays.stream(relativePackages)
                .map(relative -> FIXTURES + "." + relative)
                .toArray(String[]::new);
        return new ClassFileImporter().importPackages(packages);
    }

    /** A package identifier for a fixture package and its sub-packages. */
    static String fixturePackage(String relativePackage) {
        return FIXTURES + "." + relativePackage + "..";
    }

    /** The lines of the failure report, one per violation; empty when the rule holds. */
    static List<String> violations(ArchRule rule, JavaClasses classes) {
        EvaluationResult result = rule.evaluate(classes);
        List<String> details = result.getFailureReport().getDetails();
        if (result.hasViolation() == details.isEmpty()) {
            throw new AssertionError("hasViolation() disagrees with the failure report: " + details);
        }
        return details;
    }

    /**
     * The violating dependencies as {@code "Origin -> Target"} pairs of simple class names,
     * taken from the violations' dependency objects rather than from the report text.
     */
    static Set<String> violatingDependencies(ArchRule rule, JavaClasses classes) {
        Set<String> pairs = new TreeSet<>();
        rule.evaluate(classes).handleViolations((Collection<Dependency> dependencies, String message) ->
                dependencies.forEach(dependency -> pairs.add(
                        dependency.getOriginClass().getSimpleName() + " -> "
                                + dependency.getTargetClass().getSimpleName())));
        return pairs;
    }

    /**
     * The rules of the Mistral4J namespace as the public ones, except that plugin rules count
     * test classes too: the fixtures are test classes.
     */
    static MistralArchRules.ProjectLayout mistral4jCountingTestClasses() {
        return new MistralArchRules.ProjectLayout("io.mistral4j", DescribedPredicate.alwaysTrue());
    }

    /** The rules of the Mistral4J layout, written against the fixture root. */
    static MistralArchRules.ProjectLayout layout() {
        return new MistralArchRules.ProjectLayout(LAYOUT, DescribedPredicate.alwaysTrue());
    }
}
