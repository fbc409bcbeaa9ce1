package io.mistral4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The API's top-level public types, found from the module's source files, since the JDK cannot
 * list the classes of a package at run time.
 */
final class ApiSources {

    static final Path ROOT = Path.of("src/main/java");

    private static final Pattern SEPARATOR = Pattern.compile(Pattern.quote(ROOT.getFileSystem().getSeparator()));

    private ApiSources() {
    }

    /** One top-level type: its source file and its loaded class. */
    record SourceType(Path file, Class<?> type) {

        String source() {
            try {
                return Files.readString(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Every public top-level record of the module, sorted by name. */
    static List<SourceType> publicRecords() {
        return publicTypes().stream().filter(source -> source.type().isRecord()).toList();
    }

    /** Every public top-level type of the module, sorted by name. */
    static List<SourceType> publicTypes() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.getFileName().toString().contains("-"))
                    .map(ApiSources::load)
                    .filter(source -> Modifier.isPublic(source.type().getModifiers()))
                    .sorted((a, b) -> a.type().getName().compareTo(b.type().getName()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SourceType load(Path file) {
        String relative = ROOT.relativize(file).toString();
        String name = SEPARATOR.matcher(relative.substring(0, relative.length() - ".java".length())).replaceAll(".");
        try {
            return new SourceType(file, Class.forName(name, false, ApiSources.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("no class for " + file, e);
        }
    }
}
