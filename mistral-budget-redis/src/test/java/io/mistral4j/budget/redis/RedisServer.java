package io.mistral4j.budget.redis;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real {@code redis-server} (the Debian package) run as a child process on a free loopback
 * port, without persistence; stopped and started again on the same port to simulate an outage.
 * Without {@code redis-server} the calling test is skipped, or fails when
 * {@code -Dmistral4j.redis.required=true} (as in CI).
 */
final class RedisServer implements AutoCloseable {

    private static final String REQUIRED = "mistral4j.redis.required";

    private final Path executable;
    private final int port;
    private Process process;

    private RedisServer(Path executable, int port) {
        this.executable = executable;
        this.port = port;
    }

    /** Starts one, or skips (fails, when required) the test where redis-server is not installed. */
    static RedisServer start() throws IOException, InterruptedException {
        Optional<Path> found = find();
        if (found.isEmpty()) {
            String message = "redis-server is not installed (apt-get install -y redis-server)";
            if (Boolean.getBoolean(REQUIRED)) {
                throw new AssertionError(message + ", and " + REQUIRED + " is true");
            }
            Assumptions.abort(message);
        }
        RedisServer server = new RedisServer(found.get(), freePort());
        server.startAgain();
        return server;
    }

    static Optional<Path> find() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String directory : (path + java.io.File.pathSeparator + "/usr/bin").split(java.io.File.pathSeparator)) {
            if (!directory.isEmpty()) {
                Path candidate = Path.of(directory, "redis-server");
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    String uri() {
        return "redis://127.0.0.1:" + port;
    }

    /** Starts the server (again) and waits until it accepts connections. */
    void startAgain() throws IOException, InterruptedException {
        process = new ProcessBuilder(List.of(executable.toString(), "--port", Integer.toString(port),
                "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException notYet) {
                if (!process.isAlive()) {
                    throw new IOException("redis-server exited with " + process.exitValue());
                }
                Thread.sleep(50);
            }
        }
        stop();
        throw new IOException("redis-server did not listen on port " + port + " within 10 s");
    }

    /** Stops the server, as an outage would. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
