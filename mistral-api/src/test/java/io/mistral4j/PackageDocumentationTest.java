package io.mistral4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every package the module exports has a package comment, the first page users land on. */
class PackageDocumentationTest {

    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void everyExportedPackageHasAPackageInfo() throws IOException {
        Matcher exports = Pattern.compile("(?m)^\\s*exports\\s+([\\w.]+)\\s*;")
                .matcher(Files.readString(SOURCES.resolve("module-info.java")));
        List<String> packages = exports.results().map(match -> match.group(1)).toList();

        assertThat(packages).isNotEmpty().allSatisfy(name -> assertThat(
                SOURCES.resolve(name.replace('.', '/')).resolve("package-info.java")).isRegularFile());
    }
}
