package io.mistral4j.benchmarks.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The connections the server has accepted, read from a {@link ReplayServer}'s admin port
 * ({@code load.connectionsUrl}); -1 when the server does not count them (the simulator). Read
 * with {@link HttpURLConnection}, whose connections are its own, so the clients' pools are left
 * untouched and the admin port's connections are not counted.
 */
final class ConnectionCount {

    private final URI url;

    private ConnectionCount(URI url) {
        this.url = url;
    }

    static ConnectionCount fromProperties() {
        String url = System.getProperty("load.connectionsUrl");
        return new ConnectionCount(url == null || url.isBlank() ? null : URI.create(url));
    }

    long read() {
        if (url == null) {
            return -1;
        }
        try {
            HttpURLConnection connection = (HttpURLConnection) url.toURL().openConnection();
            try (InputStream in = connection.getInputStream()) {
                return Long.parseLong(new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the server's connection count at " + url, e);
        }
    }
}
