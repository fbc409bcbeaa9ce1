package io.mistral4j.tck.transport;

import io.mistral4j.Headers;
import io.mistral4j.errors.MistralConnectionException;
import io.mistral4j.errors.MistralTimeoutException;
import io.mistral4j.spi.RequestBody;
import io.mistral4j.spi.TransportRequest;
import io.mistral4j.spi.TransportResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.opentest4j.AssertionFailedError;

/** What the kit's tests share: request and body builders, bounded waits, exception inspection. */
final class KitSupport implements AutoCloseable {

    private static final AtomicInteger WORKERS = new AtomicInteger();

    private final ExecutorService workers = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "mistral4j-tck-worker-" + WORKERS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Runs {@code work} on a kit thread and waits at most {@code limit}; a transport that blocks
     * longer fails the test with {@code whenLate} instead of hanging the suite.
     */
    <T> T within(Duration limit, String whenLate, Callable<T> work) throws Exception {
        Future<T> future = workers.submit(work);
        try {
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new AssertionFailedError(whenLate + " (waited " + limit.toMillis() + " ms)");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception) {
                throw (Exception) cause;
            }
            throw (Error) cause;
        }
    }

    <T> Future<T> submit(Callable<T> work) {
        return workers.submit(work);
    }

    /** Waits until {@code value} has not changed for {@code quiet}, or {@code limit} passed; returns it. */
    static long settled(LongSupplier value, Duration quiet, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        long last = value.getAsLong();
        long stableSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            Thread.sleep(25);
            long now = value.getAsLong();
            if (now != last) {
                last = now;
                stableSince = System.nanoTime();
            } else if (System.nanoTime() - stableSince >= quiet.toNanos()) {
                break;
            }
        }
        return last;
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    static TransportRequest request(String method, URI uri, Headers headers, RequestBody body, boolean streaming,
                                    Duration responseTimeout) {
        Headers.Builder all = headers.toBuilder();
        if (body != null && headers.first("Content-Type").isEmpty()) {
            all.set("Content-Type", body.contentType());   // as the client does: headers carry the type
        }
        return new TransportRequest(method, uri, all.build(), body, responseTimeout, streaming);
    }

    static String text(TransportResponse response) throws IOException {
        return new String(response.body().readAllBytes(), StandardCharsets.UTF_8);
    }

    static String header(TransportResponse response, String name) {
        return response.headers().first(name).orElseThrow(() -> new AssertionFailedError(
                "the answer has no '" + name + "' header; the transport lost response headers: "
                        + response.headers().names()));
    }

    /** Reads one server-sent event (up to and without its blank line); null at the end. */
    static String nextEvent(InputStream in) throws IOException {
        ByteArrayOutputStream event = new ByteArrayOutputStream();
        int previous = -1;
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n' && previous == '\n') {
                return event.toString(StandardCharsets.UTF_8).strip();
            }
            event.write(b);
            previous = b;
        }
        return event.size() == 0 ? null : event.toString(StandardCharsets.UTF_8).strip();
    }

    /** Reads exactly {@code count} bytes (fewer only if the body ends first). */
    static int readAtLeast(InputStream in, int count) throws IOException {
        byte[] buffer = new byte[8192];
        int total = 0;
        while (total < count) {
            int read = in.read(buffer, 0, Math.min(buffer.length, count - total));
            if (read < 0) {
                break;
            }
            total += read;
        }
        return total;
    }

    /** The exception itself or the first cause that is a {@code MistralTimeoutException}, or null. */
    static MistralTimeoutException timeoutIn(Throwable failure) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (current instanceof MistralTimeoutException) {
                return (MistralTimeoutException) current;
            }
        }
        return null;
    }

    /** Unwraps the wrappers of futures. */
    static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    static boolean isConnectionFailure(Throwable failure) {
        return failure instanceof MistralConnectionException && !(failure instanceof MistralTimeoutException);
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /** The SHA-256 of {@code length} pattern bytes. */
    static String patternSha256(long length) throws IOException {
        MessageDigest digest = digest();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = new Pattern.Source(length)) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String mb(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** A body read once from a stream, with a known length or {@code -1}. */
    static RequestBody streamed(InputStream in, long length, String contentType) {
        return new RequestBody() {
            private boolean opened;

            @Override
            public String contentType() {
                return contentType;
            }

            @Override
            public long contentLength() {
                return length;
            }

            @Override
            public synchronized InputStream openStream() throws IOException {
                if (opened) {
                    throw new IOException("this body can be read once only");
                }
                opened = true;
                return in;
            }
        };
    }

    /** A multipart/form-data body whose file part is read from a stream: parts and the boundary. */
    static final class Multipart {
        final String boundary = "tck-boundary-7d1f0a";
        final byte[] head;
        final byte[] tail;
        final long fileLength;

        Multipart(long fileLength) {
            this.fileLength = fileLength;
            this.head = ("--" + boundary + "\r\n"
                    + "Content-Disposition: form-data; name=\"purpose\"\r\n\r\n"
                    + "fine-tune\r\n"
                    + "--" + boundary + "\r\n"
                    + "Content-Disposition: form-data; name=\"file\"; filename=\"train.jsonl\"\r\n"
                    + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            this.tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        }

        String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        long length() {
            return head.length + fileLength + tail.length;
        }

        InputStream stream() {
            return new SequenceInputStream(java.util.Collections.enumeration(List.of(
                    new java.io.ByteArrayInputStream(head), new Pattern.Source(fileLength),
                    new java.io.ByteArrayInputStream(tail))));
        }

        String sha256() throws IOException {
            MessageDigest digest = digest();
            try (InputStream in = stream()) {
                byte[] buffer = new byte[64 * 1024];
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    digest.update(buffer, 0, read);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
