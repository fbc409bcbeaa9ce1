package io.mistral4j.tck.arch;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * ArchUnit rules that keep a build's use of Mistral4J on its API, for your build and for ours.
 *
 * <p>The constants annotated with {@link ArchTest} are the <em>default set for an application</em>:
 * {@link #USE_MISTRAL4J_THROUGH_ITS_API}, {@link #IMPLEMENTATION_IS_NOT_INSTANTIATED_DIRECTLY} and
 * {@link #NO_PACKAGE_CYCLES}. Include them all with this test class, as written:
 * <pre>{@code
 * import com.tngtech.archunit.core.importer.ImportOption;
 * import com.tngtech.archunit.junit.AnalyzeClasses;
 * import com.tngtech.archunit.junit.ArchTest;
 * import com.tngtech.archunit.junit.ArchTests;
 * import io.mistral4j.tck.arch.MistralArchRules;
 *
 * @AnalyzeClasses(packages = "com.acme", importOptions = ImportOption.DoNotIncludeTests.class)
 * class MistralArchitectureTest {
 *
 *     @ArchTest
 *     static final ArchTests MISTRAL4J = ArchTests.in(MistralArchRules.class);
 * }
 * }</pre>
 * Without {@code @AnalyzeClasses} ArchUnit runs no rule at all, and only warns.
 *
 * <p>Opt-in rules are constants without {@code @ArchTest}, included one at a time:
 * {@link #NO_OTHER_AI_PROVIDER_CLIENTS} (for applications that talk to Mistral AI only), and the
 * rules for plugin authors ({@link #pluginDependsOnlyOnApi(String)}), which look at main
 * classes only, so a transport's tests may extend the verification kit.
 * {@link MistralProjectRules} holds the rules Mistral4J checks on its own packages.
 *
 * <p>The rules encode the package layout of Mistral4J:
 * <ul>
 *   <li>the <em>API</em> is {@code io.mistral4j..} except the packages listed below; it is
 *       {@code MistralClient}, the per-domain packages ({@code chat}, {@code embeddings}, ...),
 *       the errors, the streaming types and the SPI ports in {@code io.mistral4j.spi};</li>
 *   <li>the implementation lives in {@code io.mistral4j.impl..};</li>
 *   <li>each transport lives in its own {@code io.mistral4j.transport.<name>..} package and
 *       observability in {@code io.mistral4j.otel..}; together with the implementation these are
 *       the <em>implementation side</em>, which application code reaches only through
 *       {@code MistralClient.builder()} and {@link java.util.ServiceLoader};</li>
 *   <li>each budget store lives in its own {@code io.mistral4j.budget.<name>..} package: a
 *       plugin like a transport (it uses the API only), which applications configure by name;</li>
 *   <li>{@code io.mistral4j.tck..}, {@code io.mistral4j.examples..} and
 *       {@code io.mistral4j.benchmarks..} are neither API nor implementation.</li>
 * </ul>
 *
 * <p>Constants allow an empty selection, so a build that imports only its own code is not
 * failed for not containing Mistral4J classes. Rules built by the factory methods do not: they
 * fail when the packages given to them hold no classes, since that is almost always a typo.
 * Package arguments of the factory methods are ArchUnit package identifiers, such as
 * {@code "com.acme.api.."} (the package and its sub-packages) or {@code "com.acme.api"} (that
 * package only).
 */
public final class MistralArchRules {

    private static final String PLUGIN_REASON = "transports and observability are plugged in"
            + " through the SPI and must work with any implementation of the API; depending on"
            + " the implementation, the TCK or another plugin would couple their release and"
            + " their class path to it";

    private static final String CYCLES_REASON = "packages in a cycle can only be understood,"
            + " tested and changed together";

    /** The Mistral4J namespace: the layout every constant of this class is written against. */
    private static final ProjectLayout MISTRAL4J = new ProjectLayout("io.mistral4j", mainClasses());

    /**
     * Code outside {@code io.mistral4j..} does not depend on {@code io.mistral4j.impl..}: an
     * application compiles against {@code mistral-api} and gets the implementation through
     * {@code MistralClient.builder()}; the implementation's packages change between versions
     * without notice. Transports and observability are not covered: their builders are public
     * API. In the default set; allows an empty selection.
     */
    @ArchTest
    public static final ArchRule USE_MISTRAL4J_THROUGH_ITS_API = noClasses()
            .that().resideOutsideOfPackage("io.mistral4j..")
            .should().dependOnClassesThat().resideInAPackage("io.mistral4j.impl..")
            .because("Mistral4J is used through mistral-api; the implementation is found at run"
                    + " time through ServiceLoader and its packages are not a public API")
            .allowEmptyShould(true);

    /**
     * The packages of the imported classes outside {@code io.mistral4j..} depend on each other
     * without cycles: each package is a slice. In the default set; allows an empty selection.
     *
     * @see #packagesAreFreeOfCycles(String...)
     */
    @ArchTest
    public static final ArchRule NO_PACKAGE_CYCLES = SlicesRuleDefinition.slices()
            .assignedFrom(packagesOutsideOf("io.mistral4j"))
            .should().beFreeOfCycles()
            .because(CYCLES_REASON)
            .allowEmptyShould(true);

    /**
     * Packages of other AI providers' client libraries (official SDKs, community clients and
     * provider-specific framework modules), as ArchUnit package identifiers. This is the list
     * {@link #NO_OTHER_AI_PROVIDER_CLIENTS} checks; it is unmodifiable.
     */
    public static final List<String> OTHER_AI_PROVIDER_PACKAGES = List.of(
            // OpenAI: the official SDK, the TheoKanning client, simple-openai, Azure OpenAI
            "com.openai..",
            "com.theokanning.openai..",
            "io.github.sashirestela.openai..",
            "com.azure.ai.openai..",
            "com.azure.ai.inference..",
            // Anthropic
            "com.anthropic..",
            // Google: the Gen AI SDK and the Vertex AI SDK
            "com.google.genai..",
            "com.google.cloud.vertexai..",
            // Amazon Bedrock
            "software.amazon.awssdk.services.bedrockruntime..",
            // Cohere
            "com.cohere..",
            // provider-specific modules of LangChain4j and Spring AI
            "dev.langchain4j.model.openai..",
            "dev.langchain4j.model.azure..",
            "dev.langchain4j.model.anthropic..",
            "dev.langchain4j.model.googleai..",
            "dev.langchain4j.model.vertexai..",
            "dev.langchain4j.model.bedrock..",
            "org.springframework.ai.openai..",
            "org.springframework.ai.anthropic..");

    /**
     * The API ({@code io.mistral4j..} without the implementation side, the TCK, the examples and
     * the benchmarks) depends on nothing outside {@code java..}, the JDK's TLS types ({@code javax.net.ssl..},
     * part of {@code java.base}, which transport settings need) and itself: no other
     * {@code javax..}, no {@code jdk..}, no JSON library. Annotations count, so a Gson {@code @SerializedName} on
     * a record component is a violation. Allows an empty selection.
     *
     * <p>Include it with {@code @ArchTest static final ArchRule api =
     * MistralArchRules.API_DEPENDS_ONLY_ON_JDK;}
     *
     * @see #apiDependsOnlyOnJdk(String...)
     */
    public static final ArchRule API_DEPENDS_ONLY_ON_JDK = MISTRAL4J.apiDependsOnlyOnJdk();

    /**
     * No API class depends on {@code io.mistral4j.impl..}. Allows an empty selection.
     *
     * <p>Include it with {@code @ArchTest static final ArchRule apiWithoutImpl =
     * MistralArchRules.API_DOES_NOT_DEPEND_ON_IMPLEMENTATION;}
     *
     * @see #apiDoesNotDependOnImplementation(String, String)
     */
    public static final ArchRule API_DOES_NOT_DEPEND_ON_IMPLEMENTATION =
            MISTRAL4J.apiDoesNotDependOnImplementation();

    /**
     * Transports ({@code io.mistral4j.transport.<name>..}), observability
     * ({@code io.mistral4j.otel..}) and budget stores ({@code io.mistral4j.budget.<name>..}) use
     * Mistral4J only through its API: within
     * {@code io.mistral4j..} they depend on the API and on their own packages, never on the
     * implementation, the TCK, another transport or observability. Third-party libraries (an
     * HTTP client, OpenTelemetry) are their own business. Allows an empty selection.
     *
     * <p>Include it with {@code @ArchTest static final ArchRule plugins =
     * MistralArchRules.TRANSPORTS_AND_OBSERVABILITY_DEPEND_ONLY_ON_API;}
     *
     * @see #pluginDependsOnlyOnApi(String)
     */
    public static final ArchRule TRANSPORTS_AND_OBSERVABILITY_DEPEND_ONLY_ON_API =
            MISTRAL4J.pluginsDependOnlyOnApi();

    /**
     * No class depends on another AI provider's client library: nothing in
     * {@link #OTHER_AI_PROVIDER_PACKAGES}. Applies to every imported class. Not in the default set:
     * an application that also uses another provider opts out by not including it.
     *
     * <p>Include it with {@code @ArchTest static final ArchRule noOtherProviders =
     * MistralArchRules.NO_OTHER_AI_PROVIDER_CLIENTS;}
     */
    public static final ArchRule NO_OTHER_AI_PROVIDER_CLIENTS = noClasses()
            .should().dependOnClassesThat(resideInAnyPackage(
                    OTHER_AI_PROVIDER_PACKAGES.toArray(new String[0]))
                    .as("belong to another AI provider's client library"))
            .because("Mistral4J talks to Mistral AI only; another provider's client brings its"
                    + " own HTTP stack, JSON library and configuration onto the class path");

    /**
     * Code outside the implementation side (and outside {@code io.mistral4j.benchmarks..},
     * which measures implementation internals) never calls or references a constructor of a
     * class in {@code io.mistral4j.impl..}, {@code io.mistral4j.transport..} or
     * {@code io.mistral4j.otel..}: clients come from {@code MistralClient.builder()}, transports
     * and observers from {@link java.util.ServiceLoader}. Allows an empty selection.
     *
     * <p>Include it with {@code @ArchTest static final ArchRule noNew =
     * MistralArchRules.IMPLEMENTATION_IS_NOT_INSTANTIATED_DIRECTLY;}
     *
     * @see #applicationUsesApiOnly(String...)
     */
    @ArchTest
    public static final ArchRule IMPLEMENTATION_IS_NOT_INSTANTIATED_DIRECTLY =
            MISTRAL4J.implementationIsNotInstantiatedDirectly();

    private MistralArchRules() {
    }

    /**
     * Classes in the given packages depend on nothing outside {@code java..} and those packages:
     * the rule of {@link #API_DEPENDS_ONLY_ON_JDK} for an API that lives elsewhere. Fails when
     * the packages hold no classes.
     *
     * <pre>{@code
     * @ArchTest
     * static final ArchRule api = MistralArchRules.apiDependsOnlyOnJdk("com.acme.api..");
     * }</pre>
     *
     * @param apiPackages package identifiers of the API, at least one
     * @return the rule
     */
    public static ArchRule apiDependsOnlyOnJdk(String... apiPackages) {
        return apiDependsOnlyOnJdk(
                resideInAnyPackage(requirePackages("apiPackages", apiPackages)));
    }

    /**
     * No class in {@code apiPackage} depends on a class in {@code implementationPackage}: the
     * rule of {@link #API_DOES_NOT_DEPEND_ON_IMPLEMENTATION} for packages elsewhere. Fails when
     * {@code apiPackage} holds no classes.
     *
     * <pre>{@code
     * @ArchTest
     * static final ArchRule apiWithoutImpl =
     *         MistralArchRules.apiDoesNotDependOnImplementation("com.acme.api..", "com.acme.impl..");
     * }</pre>
     *
     * @param apiPackage package identifier of the API
     * @param implementationPackage package identifier of the implementation
     * @return the rule
     */
    public static ArchRule apiDoesNotDependOnImplementation(String apiPackage,
            String implementationPackage) {
        requirePackages("apiPackage", apiPackage);
        requirePackages("implementationPackage", implementationPackage);
        return apiDoesNotDependOn(
                resideInAPackage(apiPackage), resideInAPackage(implementationPackage));
    }

    /**
     * Classes in {@code pluginPackage} (a transport, an observer or another extension built
     * against the SPI) use Mistral4J only through its API: within {@code io.mistral4j..} they
     * depend on the API and on {@code pluginPackage} only. Only main classes count: test
     * classes (found where build tools put them) are ignored, so a verification test that
     * extends the transport kit does not break the rule even when tests are imported. Fails
     * when the package holds no main classes.
     *
     * <pre>{@code
     * @ArchTest
     * static final ArchRule transport = MistralArchRules.pluginDependsOnlyOnApi("com.acme.transport..");
     * }</pre>
     *
     * @param pluginPackage package identifier of the plugin
     * @return the rule
     */
    public static ArchRule pluginDependsOnlyOnApi(String pluginPackage) {
        return MISTRAL4J.pluginDependsOnlyOnApi(pluginPackage);
    }

    /**
     * Classes in the given packages reach the implementation side only through
     * {@code MistralClient.builder()} and {@link java.util.ServiceLoader}: they do not depend on
     * {@code io.mistral4j.impl..}, {@code io.mistral4j.transport..} or
     * {@code io.mistral4j.otel..}. Fails when the packages hold no classes.
     *
     * <pre>{@code
     * @ArchTest
     * static final ArchRule app = MistralArchRules.applicationUsesApiOnly("com.acme..");
     * }</pre>
     *
     * @param applicationPackages package identifiers of the application, at least one
     * @return the rule
     */
    public static ArchRule applicationUsesApiOnly(String... applicationPackages) {
        return MISTRAL4J.applicationUsesApiOnly(applicationPackages);
    }

    /**
     * The given packages and their sub-packages depend on each other without cycles, each
     * package a slice. Fails when the packages hold no classes.
     *
     * <pre>{@code
     * @ArchTest
     * static final ArchRule noCycles = MistralArchRules.packagesAreFreeOfCycles("com.acme");
     * }</pre>
     *
     * @param rootPackages plain package names (not identifiers), at least one
     * @return the rule
     */
    public static ArchRule packagesAreFreeOfCycles(String... rootPackages) {
        List<String> roots = List.of(requirePackages("rootPackages", rootPackages));
        return SlicesRuleDefinition.slices()
                .assignedFrom(new PackageSlices("packages in or under " + roots,
                        packageName -> roots.stream().anyMatch(root -> isInOrUnder(packageName, root))))
                .should().beFreeOfCycles()
                .because(CYCLES_REASON);
    }

    /**
     * Classes compiled as main code: anything not found where a build tool puts test classes
     * ({@link ImportOption.DoNotIncludeTests}). Plugin rules count only these, so a transport's
     * own tests may use the verification kit.
     */
    static DescribedPredicate<JavaClass> mainClasses() {
        ImportOption notTests = new ImportOption.DoNotIncludeTests();
        return DescribedPredicate.describe("are main classes", javaClass -> javaClass.getSource()
                .map(source -> notTests.includes(Location.of(source.getUri())))
                .orElse(true));
    }

    private static SliceAssignment packagesOutsideOf(String root) {
        return new PackageSlices("packages outside " + root + "..",
                packageName -> !isInOrUnder(packageName, root));
    }

    /** One slice per package, for the packages the filter accepts. */
    private static final class PackageSlices implements SliceAssignment {
        private final String description;
        private final java.util.function.Predicate<String> packages;

        PackageSlices(String description, java.util.function.Predicate<String> packages) {
            this.description = description;
            this.packages = packages;
        }

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String packageName = baseTypeOf(javaClass).getPackageName();
            return packages.test(packageName) ? SliceIdentifier.of(packageName) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return description;
        }
    }

    private static ArchRule apiDependsOnlyOnJdk(DescribedPredicate<JavaClass> api) {
        return classes().that(api)
                .should().onlyDependOnClassesThat(resideInAnyPackage("java..", "javax.net.ssl..").or(api)
                        .as("reside in java.., javax.net.ssl.. or in the API itself"))
                .because("the API is the one module every user compiles against; a type from"
                        + " outside the JDK (a JSON library's annotation included) would leak"
                        + " that library and its version onto every user's class path");
    }

    private static ArchRule apiDoesNotDependOn(DescribedPredicate<JavaClass> api,
            DescribedPredicate<JavaClass> implementation) {
        return noClasses().that(api)
                .should().dependOnClassesThat(implementation)
                .because("the implementation is found at run time through ServiceLoader; an"
                        + " API that names it could no longer be compiled, versioned or replaced"
                        + " on its own");
    }

    private static String[] requirePackages(String name, String... packages) {
        Objects.requireNonNull(packages, name);
        if (packages.length == 0) {
            throw new IllegalArgumentException(name + " must name at least one package");
        }
        for (String identifier : packages) {
            if (identifier == null || identifier.isBlank()) {
                throw new IllegalArgumentException(name + " must not hold null or blank entries");
            }
        }
        return packages;
    }

    /** A package and its sub-packages; {@code base} is a plain package name. */
    private static boolean isInOrUnder(String packageName, String base) {
        return packageName.equals(base) || packageName.startsWith(base + ".");
    }

    /** The class itself, or for an array its component type (arrays have no package of their own). */
    private static JavaClass baseTypeOf(JavaClass javaClass) {
        return javaClass.isArray() ? javaClass.getBaseComponentType() : javaClass;
    }

    /**
     * The Mistral4J package layout under a namespace root. The public constants use the root
     * {@code io.mistral4j}; tests build the same rules over a fixture root.
     */
    static final class ProjectLayout {

        private final String root;
        private final DescribedPredicate<JavaClass> namespace;
        private final DescribedPredicate<JavaClass> api;
        private final DescribedPredicate<JavaClass> implementationSide;
        private final DescribedPredicate<JavaClass> implementation;
        private final DescribedPredicate<JavaClass> plugins;
        private final DescribedPredicate<JavaClass> checkedPluginClasses;

        /**
         * @param root the namespace root
         * @param checkedPluginClasses which plugin classes the plugin rules look at: main
         *         classes for the public rules, everything for tests over fixtures
         */
        ProjectLayout(String root, DescribedPredicate<JavaClass> checkedPluginClasses) {
            this.root = requirePackages("root", root)[0];
            this.checkedPluginClasses = checkedPluginClasses;
            this.namespace = resideInAPackage(root + "..");
            this.implementation = resideInAPackage(root + ".impl..")
                    .as("reside in the implementation (%s.impl..)", root);
            this.plugins = resideInAnyPackage(root + ".transport..", root + ".otel..", root + ".budget..")
                    .as("are transports, observability or budget stores (%s.transport.., %s.otel.., %s.budget..)",
                            root, root, root);
            this.implementationSide = resideInAnyPackage(
                    root + ".impl..", root + ".transport..", root + ".otel..")
                    .as("are on the implementation side (%s.impl.., %s.transport.., %s.otel..)",
                            root, root, root);
            this.api = namespace.and(DescribedPredicate.not(resideInAnyPackage(
                            root + ".impl..", root + ".transport..", root + ".otel..", root + ".budget..",
                            root + ".tck..", root + ".examples..", root + ".benchmarks..")))
                    .as("are in the Mistral4J API (%s.. except impl, transport, otel, budget, tck,"
                            + " examples and benchmarks)", root);
        }

        ArchRule apiDependsOnlyOnJdk() {
            return MistralArchRules.apiDependsOnlyOnJdk(api).allowEmptyShould(true);
        }

        ArchRule apiDoesNotDependOnImplementation() {
            return apiDoesNotDependOn(api, implementation).allowEmptyShould(true);
        }

        ArchRule pluginsDependOnlyOnApi() {
            return classes().that(plugins.and(checkedPluginClasses))
                    .should(useMistral4jOnlyThroughApi(this::isOwnPluginCode))
                    .because(PLUGIN_REASON)
                    .allowEmptyShould(true);
        }

        ArchRule pluginDependsOnlyOnApi(String pluginPackage) {
            requirePackages("pluginPackage", pluginPackage);
            DescribedPredicate<JavaClass> own = resideInAPackage(pluginPackage);
            return classes().that(own.and(checkedPluginClasses))
                    .should(useMistral4jOnlyThroughApi((origin, target) -> own.test(target)))
                    .because(PLUGIN_REASON);
        }

        ArchRule applicationUsesApiOnly(String... applicationPackages) {
            requirePackages("applicationPackages", applicationPackages);
            return noClasses().that().resideInAnyPackage(applicationPackages)
                    .should().dependOnClassesThat(implementationSide)
                    .because("application code gets a client from MistralClient.builder(), which"
                            + " finds the implementation, transports and observers through"
                            + " ServiceLoader; naming them ties the application to one"
                            + " implementation and to its internals");
        }

        ArchRule implementationIsNotInstantiatedDirectly() {
            return classes().that(DescribedPredicate.not(resideInAnyPackage(
                                    root + ".impl..", root + ".transport..", root + ".otel..",
                                    root + ".benchmarks.."))
                            .as("are neither on the implementation side nor benchmarks"))
                    .should(notCallOrReferenceConstructorsOf(implementationSide))
                    .because("clients are built by MistralClient.builder() and transports and"
                            + " observers are found through ServiceLoader; constructing them"
                            + " directly bypasses provider selection and configuration")
                    .allowEmptyShould(true);
        }

        /**
         * Whether {@code target} belongs to the same plugin as {@code origin}: the same
         * {@code <root>.transport.<name>..} for a transport, the same
         * {@code <root>.budget.<name>..} for a budget store, {@code <root>.otel..} for
         * observability, the same package for anything else.
         */
        private boolean isOwnPluginCode(JavaClass origin, JavaClass target) {
            String originPackage = origin.getPackageName();
            String targetPackage = target.getPackageName();
            for (String family : List.of(root + ".transport.", root + ".budget.")) {
                if (originPackage.startsWith(family)) {
                    int end = originPackage.indexOf('.', family.length());
                    String plugin = end < 0 ? originPackage : originPackage.substring(0, end);
                    return isInOrUnder(targetPackage, plugin);
                }
            }
            String otel = root + ".otel";
            if (isInOrUnder(originPackage, otel)) {
                return isInOrUnder(targetPackage, otel);
            }
            return targetPackage.equals(originPackage);
        }

        /**
         * Within the namespace, depend only on the API and on what {@code ownCode} accepts for
         * the origin. Dependencies outside the namespace are not this condition's concern.
         */
        private ArchCondition<JavaClass> useMistral4jOnlyThroughApi(
                BiPredicate<JavaClass, JavaClass> ownCode) {
            return new ArchCondition<>("depend within %s.. only on the Mistral4J API and on"
                    + " their own packages", root) {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                        JavaClass target = baseTypeOf(dependency.getTargetClass());
                        if (namespace.test(target) && !api.test(target)
                                && !ownCode.test(origin, target)) {
                            events.add(SimpleConditionEvent.violated(
                                    dependency, dependency.getDescription()));
                        }
                    }
                }
            };
        }
    }

    /**
     * Never calls a constructor of, nor takes a constructor reference ({@code Type::new}) to, a
     * class the predicate accepts.
     */
    private static ArchCondition<JavaClass> notCallOrReferenceConstructorsOf(
            DescribedPredicate<JavaClass> owners) {
        return new ArchCondition<>("not call or reference constructors of classes that %s",
                owners.getDescription()) {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                List<JavaAccess<?>> accesses = new ArrayList<>(origin.getConstructorCallsFromSelf());
                accesses.addAll(origin.getConstructorReferencesFromSelf());
                for (JavaAccess<?> access : accesses) {
                    if (owners.test(access.getTargetOwner())) {
                        events.add(SimpleConditionEvent.violated(access, access.getDescription()));
                    }
                }
            }
        };
    }
}
