package io.mistral4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every public and protected member of the API has a Javadoc comment: the module's sources are
 * compiled with doclint's missing-comment check and no member may be reported. (Doclint's
 * {@code missing} group also asks for an {@code @param}/{@code @return} tag on every member, which
 * would make one-line comments of obvious accessors verbose; only the comment itself is required.)
 */
class PublicApiDocumentationTest {

    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void everyPublicMemberHasAComment(@TempDir Path classes) throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            sources = files.filter(file -> file.toString().endsWith(".java")).collect(Collectors.toList());
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<String> options = List.of("-Xdoclint:missing/protected", "-Xmaxwarns", "100000", "-proc:none",
                    "-d", classes.toString());
            boolean compiled = compiler.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            assertThat(compiled).as("the API compiles").isTrue();
        }

        List<String> undocumented = diagnostics.getDiagnostics().stream()
                .filter(diagnostic -> diagnostic.getKind() != Diagnostic.Kind.NOTE)
                .filter(diagnostic -> diagnostic.getMessage(Locale.ROOT).contains("no comment"))
                .map(diagnostic -> SOURCES.relativize(Path.of(diagnostic.getSource().getName())) + ":"
                        + diagnostic.getLineNumber())
                .collect(Collectors.toList());
        assertThat(undocumented).as("public or protected members without a Javadoc comment").isEmpty();
    }
}
