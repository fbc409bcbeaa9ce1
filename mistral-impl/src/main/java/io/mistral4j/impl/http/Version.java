package io.mistral4j.impl.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The library version, read once from a resource the build fills in. */
public final class Version {

    public static final String VALUE = load();

    private Version() {
    }

    /** The User-Agent every request carries. */
    public static String userAgent() {
        return "mistral4j/" + VALUE + " java/" + Runtime.version().feature();
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("/io/mistral4j/impl/version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
