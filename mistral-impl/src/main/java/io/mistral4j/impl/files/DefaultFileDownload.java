package io.mistral4j.impl.files;

import io.mistral4j.Headers;
import io.mistral4j.errors.MistralConnectionException;
import io.mistral4j.errors.MistralException;
import io.mistral4j.files.FileDownload;
import io.mistral4j.impl.http.AbandonedStreams;
import io.mistral4j.impl.http.CallEvents;
import io.mistral4j.impl.http.CallExecutor;
import io.mistral4j.impl.http.OpenedCall;
import io.mistral4j.impl.read.IoFailures;
import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.TransportResponse;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A download read straight from the transport's body stream: constant memory whatever the
 * size. The call ends (for observers) when the body is closed; a body shorter than its
 * announced length is a connection error, never a silently truncated file.
 */
public final class DefaultFileDownload implements FileDownload {

    private static final int BUFFER = 64 * 1024;
    private static final Pattern FILENAME = Pattern.compile("filename\\s*=\\s*\"?([^\";]+)\"?",
            Pattern.CASE_INSENSITIVE);

    private final ApiCall call;
    private final TransportResponse response;
    private final CallEvents events;
    private final InputStream body;
    private final AbandonedStreams.Tracked tracked;
    private boolean ended;

    /** Sends the download {@code call} and returns its answer, unread, once its status is a success. */
    public static DefaultFileDownload open(CallExecutor executor, ApiCall call) {
        return new DefaultFileDownload(executor.openBinary(call), executor.abandonedStreams());
    }

    /** @param abandoned releases the answer if this download (and its body) is dropped without being closed */
    DefaultFileDownload(OpenedCall opened, AbandonedStreams abandoned) {
        this.call = opened.call();
        this.response = opened.response();
        this.events = opened.events();
        this.tracked = abandoned.track(this, response, call);
        this.body = new FilterInputStream(response.body()) {
            @Override
            public void close() {
                DefaultFileDownload.this.close();
            }
        };
    }

    @Override
    public InputStream body() {
        return body;
    }

    @Override
    public OptionalLong contentLength() {
        Optional<String> length = response.headers().first("Content-Length");
        if (length.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(length.get().trim()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    @Override
    public Optional<String> contentType() {
        return response.headers().first("Content-Type");
    }

    @Override
    public Optional<String> filename() {
        return response.headers().first("Content-Disposition").flatMap(value -> {
            Matcher matcher = FILENAME.matcher(value);
            return matcher.find() ? Optional.of(matcher.group(1).trim()) : Optional.empty();
        });
    }

    public int statusCode() {
        return response.statusCode();
    }

    @Override
    public Headers headers() {
        return response.headers();
    }

    @Override
    public long transferTo(OutputStream target) {
        try {
            long copied = copy(target);
            close();
            return copied;
        } catch (RuntimeException e) {
            fail(e);
            throw e;
        }
    }

    @Override
    public long saveTo(Path target) {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        Path partial = null;
        try {
            partial = Files.createTempFile(directory, "." + absolute.getFileName(), ".part");
            long written;
            try (OutputStream out = Files.newOutputStream(partial)) {
                written = copy(out);
            }
            move(partial, absolute);
            close();
            return written;
        } catch (IOException e) {
            MistralException failure = new MistralException("could not write the download to " + target + ": " + e, e);
            fail(failure);
            throw failure;
        } catch (RuntimeException e) {
            fail(e);
            throw e;
        } finally {
            deleteQuietly(partial);
        }
    }

    @Override
    public void close() {
        if (!ended) {
            ended = true;
            events.onEnd();
        }
        release();
    }

    private long copy(OutputStream target) {
        byte[] buffer = new byte[BUFFER];
        long copied = 0;
        try {
            int n;
            while ((n = response.body().read(buffer)) >= 0) {
                try {
                    target.write(buffer, 0, n);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                copied += n;
            }
        } catch (IOException e) {
            throw IoFailures.reading(e, "the content of " + call.path() + " after " + copied + " bytes");
        } catch (UncheckedIOException e) {
            throw new MistralException("could not write the download of " + call.path() + ": " + e.getCause(),
                    e.getCause());
        }
        OptionalLong announced = contentLength();
        if (announced.isPresent() && announced.getAsLong() != copied) {
            throw new MistralConnectionException("the download of " + call.path() + " ended after " + copied
                    + " of " + announced.getAsLong() + " bytes", null);
        }
        return copied;
    }

    private void fail(RuntimeException error) {
        if (!ended) {
            ended = true;
            events.onError(error);
        }
        release();
    }

    private void release() {
        tracked.closed();
        response.close();
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a leftover partial file in the target's directory is harmless; the failure was reported
        }
    }

    @Override
    public String toString() {
        return "FileDownload{" + call.path() + ", length=" + contentLength() + ", type="
                + contentType().map(t -> t.toLowerCase(Locale.ROOT)).orElse("-") + '}';
    }
}
