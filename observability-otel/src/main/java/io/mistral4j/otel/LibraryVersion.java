package io.mistral4j.otel;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** This module's version, written into {@code version.properties} by the build; the instrumentation scope's version. */
final class LibraryVersion {

    private static final String VERSION = load();

    private LibraryVersion() {
    }

    static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = LibraryVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "unknown");
            return version.startsWith("${") ? "unknown" : version;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
