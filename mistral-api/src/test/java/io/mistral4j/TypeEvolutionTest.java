package io.mistral4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The API's types evolve as {@code docs/type-evolution.md} decides: records whose canonical
 * constructors are not part of the stable API, so every request is built with a builder and
 * every public record says so in its Javadoc (read from the sources, since Javadoc is not
 * available at run time).
 */
class TypeEvolutionTest {

    static final String NOT_STABLE = "The canonical constructor is not part of the stable API";

    @Test
    void everyPublicRequestRecordHasABuilderThatBuildsIt() throws NoSuchMethodException {
        List<Class<?>> requests = publicRecords().stream().map(ApiSources.SourceType::type)
                .filter(type -> type.getSimpleName().endsWith("Request")).toList();
        assertThat(requests).as("request records found").hasSizeGreaterThan(20);

        List<String> withoutBuilder = new ArrayList<>();
        for (Class<?> request : requests) {
            if (!buildsItself(request)) {
                withoutBuilder.add(request.getName());
            }
        }
        assertThat(withoutBuilder).as("request records without a static builder() whose build() returns them")
                .isEmpty();
    }

    @Test
    void everyPublicRecordSaysItsCanonicalConstructorIsNotStableApi() {
        List<ApiSources.SourceType> records = publicRecords();
        assertThat(records).as("public records found").hasSizeGreaterThan(100);

        List<String> undeclared = records.stream()
                .filter(record -> !typeComment(record).contains(NOT_STABLE))
                .map(record -> record.type().getName()).toList();
        assertThat(undeclared).as("public records whose Javadoc does not say \"" + NOT_STABLE + "\"").isEmpty();
    }

    /** The module's public records, nested public ones included (each with its top-level file). */
    private static List<ApiSources.SourceType> publicRecords() {
        return ApiSources.publicTypes().stream().flatMap(TypeEvolutionTest::withNested)
                .filter(source -> source.type().isRecord()).toList();
    }

    private static Stream<ApiSources.SourceType> withNested(ApiSources.SourceType source) {
        return Stream.concat(Stream.of(source), Stream.of(source.type().getDeclaredClasses())
                .filter(nested -> Modifier.isPublic(nested.getModifiers()))
                .flatMap(nested -> withNested(new ApiSources.SourceType(source.file(), nested))));
    }

    private static boolean buildsItself(Class<?> type) throws NoSuchMethodException {
        Method builder;
        try {
            builder = type.getMethod("builder");
        } catch (NoSuchMethodException e) {
            return false;
        }
        return Modifier.isStatic(builder.getModifiers())
                && builder.getReturnType().getMethod("build").getReturnType() == type;
    }

    /** The Javadoc comment right before the type's declaration, or an empty string. */
    private static String typeComment(ApiSources.SourceType source) {
        Pattern declaration = Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*(?:@\\w+(?:\\([^)]*\\))?\\s*)*"
                + "(?:public\\s+)?(?:static\\s+)?record\\s+" + source.type().getSimpleName() + "\\b", Pattern.DOTALL);
        return declaration.matcher(source.source()).results().map(match -> match.group(1)).findFirst().orElse("");
    }
}
