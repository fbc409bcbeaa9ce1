package io.mistral4j.tck.simulator.state;

import io.mistral4j.tck.simulator.wire.ResourceIds;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * The simulator's files: descriptions in memory, bytes in a temporary directory that is
 * deleted when the simulator closes. Content is written and read as streams, so files of any
 * size cost no heap. Thread-safe.
 */
public final class FileStore implements AutoCloseable {

    private final ResourceIds ids;
    private final InstantSource clock;
    private final Map<String, StoredFile> files = new LinkedHashMap<>();
    private Path directory;

    public FileStore(ResourceIds ids, InstantSource clock) {
        this.ids = ids;
        this.clock = clock;
    }

    /** What a file being written will be described as once committed. */
    public record Description(String filename, String purpose, String sampleType, String source, String mimetype,
                       String visibility, Long expiresAt) {
    }

    /** A file being written; {@link #commit} stores it, {@link #discard} drops it. */
    public final class Draft implements AutoCloseable {
        private final Path path;
        private final CountingOutput out;
        private boolean done;

        private Draft(Path path) throws IOException {
            this.path = path;
            this.out = new CountingOutput(new BufferedOutputStream(Files.newOutputStream(path), 64 * 1024));
        }

        /** Where to write the content; counted, checksummed and line-counted on the way. */
        public OutputStream out() {
            return out;
        }

        public StoredFile commit(Description description) throws IOException {
            out.close();
            done = true;
            String id = ids.next("file");
            String signature = String.format("%08x%08x", out.crc.getValue(), out.count & 0xffffffffL);
            StoredFile file = new StoredFile(id, description.filename(), out.count, clock.instant().getEpochSecond(),
                    description.purpose(), description.sampleType(), description.source(), out.lines(),
                    description.mimetype(), signature, description.expiresAt(), description.visibility(), path);
            synchronized (FileStore.this) {
                files.put(id, file);
            }
            return file;
        }

        public void discard() {
            if (!done) {
                done = true;
                try {
                    out.close();
                } catch (IOException ignored) {
                    // the file is deleted next
                }
                deleteQuietly(path);
            }
        }

        @Override
        public void close() {
            discard();
        }
    }

    /** Starts a new file. */
    public synchronized Draft draft() throws IOException {
        if (directory == null) {
            directory = Files.createTempDirectory("mistral-simulator-files-");
        }
        return new Draft(Files.createTempFile(directory, "file-", ".bin"));
    }

    /** Stores {@code content} in one go (for files the simulator writes itself). */
    public StoredFile put(byte[] content, Description description) {
        try (Draft draft = draft()) {
            draft.out().write(content);
            return draft.commit(description);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file that exists and has not expired. */
    public synchronized Optional<StoredFile> find(String id) {
        StoredFile file = files.get(id);
        if (file == null || expired(file)) {
            return Optional.empty();
        }
        return Optional.of(file);
    }

    /** Every live file, newest first. */
    public synchronized List<StoredFile> all() {
        List<StoredFile> live = new ArrayList<>();
        files.values().forEach(f -> {
            if (!expired(f)) {
                live.add(f);
            }
        });
        java.util.Collections.reverse(live);
        live.sort(Comparator.comparingLong(StoredFile::createdAt).reversed());
        return live;
    }

    public synchronized boolean delete(String id) {
        StoredFile file = files.remove(id);
        if (file == null) {
            return false;
        }
        deleteQuietly(file.path());
        return true;
    }

    public InputStream open(StoredFile file) throws IOException {
        return Files.newInputStream(file.path());
    }

    @Override
    public synchronized void close() {
        files.clear();
        if (directory != null) {
            try (Stream<Path> paths = Files.walk(directory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(FileStore::deleteQuietly);
            } catch (IOException ignored) {
                // a temp directory left behind is harmless
            }
            directory = null;
        }
    }

    private boolean expired(StoredFile file) {
        return file.expiresAt() != null && file.expiresAt() <= clock.instant().getEpochSecond();
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a temp file left behind is harmless
        }
    }

    /** Counts bytes and lines and computes a CRC-32C as the content passes. */
    private static final class CountingOutput extends FilterOutputStream {
        private final CRC32C crc = new CRC32C();
        private long count;
        private long newlines;
        private int lastByte = '\n';

        CountingOutput(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            crc.update(bytes, offset, length);
            count += length;
            for (int i = offset; i < offset + length; i++) {
                if (bytes[i] == '\n') {
                    newlines++;
                }
            }
            if (length > 0) {
                lastByte = bytes[offset + length - 1];
            }
        }

        /** Lines, counting a last line without its line break. */
        long lines() {
            return newlines + (count > 0 && lastByte != '\n' ? 1 : 0);
        }
    }
}
