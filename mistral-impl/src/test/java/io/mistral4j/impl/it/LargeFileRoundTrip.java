package io.mistral4j.impl.it;

import io.mistral4j.MistralClient;
import io.mistral4j.files.FileInfo;
import io.mistral4j.files.FilePurpose;
import io.mistral4j.files.FileUploadRequest;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.SplittableRandom;
import java.util.zip.CRC32;

/**
 * Uploads a generated file of a given size to a running simulator and downloads it again,
 * checksumming both directions, then prints one line of figures. Run in a JVM with a small
 * heap by {@link LargeFileMemoryTest} to show that neither direction holds the file in memory.
 *
 * <p>Arguments: base URL, API key, size in bytes. Exit status 0 when size and checksum match.
 */
public final class LargeFileRoundTrip {

    private LargeFileRoundTrip() {
    }

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        String key = args[1];
        long size = Long.parseLong(args[2]);
        try (MistralClient client = MistralClient.builder().apiKey(key).baseUrl(baseUrl).build()) {
            GeneratedContent content = new GeneratedContent(size, 20240514L);
            long uploadStart = System.nanoTime();
            FileInfo file = client.files().upload(FileUploadRequest.builder()
                    .file(content, "large.bin", size).purpose(FilePurpose.BATCH).build());
            long uploadMillis = (System.nanoTime() - uploadStart) / 1_000_000;

            CountingOutput sink = new CountingOutput();
            long downloadStart = System.nanoTime();
            long downloaded = client.files().download(file.id(), sink);
            long downloadMillis = (System.nanoTime() - downloadStart) / 1_000_000;

            long peak = peakHeap();
            System.gc();
            long liveAfterGc = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            boolean ok = file.bytes() == size && downloaded == size && sink.count == size
                    && sink.crc.getValue() == content.crc.getValue();
            System.out.println("ROUNDTRIP ok=" + ok + " size=" + size + " storedBytes=" + file.bytes()
                    + " downloaded=" + sink.count + " uploadCrc=" + Long.toHexString(content.crc.getValue())
                    + " downloadCrc=" + Long.toHexString(sink.crc.getValue()) + " uploadMs=" + uploadMillis
                    + " downloadMs=" + downloadMillis + " peakHeapBytes=" + peak + " maxHeapBytes="
                    + Runtime.getRuntime().maxMemory() + " liveHeapAfterGcBytes=" + liveAfterGc);
            System.exit(ok ? 0 : 1);
        }
    }

    /** The sum of the heap pools' peaks since the JVM started (garbage included, so an upper bound). */
    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /** {@code size} pseudo-random bytes from a fixed seed, checksummed as they are read. */
    static final class GeneratedContent extends InputStream {
        final CRC32 crc = new CRC32();
        private final SplittableRandom random;
        private long remaining;

        GeneratedContent(long size, long seed) {
            this.remaining = size;
            this.random = new SplittableRandom(seed);
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (remaining == 0) {
                return -1;
            }
            int n = (int) Math.min(length, remaining);
            int i = 0;
            while (i + 8 <= n) {
                long bits = random.nextLong();
                for (int b = 0; b < 8; b++) {
                    buffer[offset + i++] = (byte) (bits >>> (b * 8));
                }
            }
            while (i < n) {
                buffer[offset + i++] = (byte) random.nextInt(256);
            }
            crc.update(buffer, offset, n);
            remaining -= n;
            return n;
        }
    }

    /** Counts and checksums what it is given, keeping nothing. */
    static final class CountingOutput extends OutputStream {
        final CRC32 crc = new CRC32();
        long count;

        @Override
        public void write(int b) {
            crc.update(b);
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            crc.update(bytes, offset, length);
            count += length;
        }
    }
}
