package io.mistral4j.tck.arch;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules Mistral4J checks on its own packages: the API depends on the JDK only and never on
 * the implementation, plugins use the API only, nothing talks to another AI provider, and the
 * implementation side is never constructed directly. Every rule allows an empty selection, so
 * each module of Mistral4J includes the whole set:
 * <pre>{@code
 * @AnalyzeClasses(packages = "io.mistral4j", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *     @ArchTest
 *     static final ArchTests PROJECT = ArchTests.in(MistralProjectRules.class);
 * }
 * }</pre>
 * Package cycles are checked per module with {@link MistralArchRules#packagesAreFreeOfCycles}.
 */
public final class MistralProjectRules {

    /** See {@link MistralArchRules#API_DEPENDS_ONLY_ON_JDK}. */
    @ArchTest
    public static final ArchRule API_DEPENDS_ONLY_ON_JDK = MistralArchRules.API_DEPENDS_ONLY_ON_JDK;

    /** See {@link MistralArchRules#API_DOES_NOT_DEPEND_ON_IMPLEMENTATION}. */
    @ArchTest
    public static final ArchRule API_DOES_NOT_DEPEND_ON_IMPLEMENTATION =
            MistralArchRules.API_DOES_NOT_DEPEND_ON_IMPLEMENTATION;

    /** See {@link MistralArchRules#TRANSPORTS_AND_OBSERVABILITY_DEPEND_ONLY_ON_API}. */
    @ArchTest
    public static final ArchRule TRANSPORTS_AND_OBSERVABILITY_DEPEND_ONLY_ON_API =
            MistralArchRules.TRANSPORTS_AND_OBSERVABILITY_DEPEND_ONLY_ON_API;

    /** See {@link MistralArchRules#NO_OTHER_AI_PROVIDER_CLIENTS}. */
    @ArchTest
    public static final ArchRule NO_OTHER_AI_PROVIDER_CLIENTS = MistralArchRules.NO_OTHER_AI_PROVIDER_CLIENTS;

    /** See {@link MistralArchRules#IMPLEMENTATION_IS_NOT_INSTANTIATED_DIRECTLY}. */
    @ArchTest
    public static final ArchRule IMPLEMENTATION_IS_NOT_INSTANTIATED_DIRECTLY =
            MistralArchRules.IMPLEMENTATION_IS_NOT_INSTANTIATED_DIRECTLY;

    private MistralProjectRules() {
    }
}
