package io.mistral4j.tck.simulator.routes.audio;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * A sink that audio is copied into as it arrives: it keeps the first bytes (where a WAV file's
 * header is), counts all of them and sums them with CRC-32, so an upload of any size is probed
 * in constant memory. {@link #result()} then reads the header.
 */
final class WavProbe extends OutputStream {

    /** Room for the RIFF header and a few chunks before {@code data}. */
    private static final int HEAD = 4096;

    /**
     * What the probe found.
     *
     * @param wav      whether the bytes are a PCM WAV file this simulator can time
     * @param seconds  the audio's duration (0 unless {@code wav})
     * @param checksum the CRC-32 of every byte
     * @param bytes    how many bytes there were
     */
    record Audio(boolean wav, double seconds, long checksum, long bytes) {
    }

    private final byte[] head = new byte[HEAD];
    private final CRC32 crc = new CRC32();
    private int headLength;
    private long count;

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        int kept = Math.min(length, HEAD - headLength);
        if (kept > 0) {
            System.arraycopy(bytes, offset, head, headLength, kept);
            headLength += kept;
        }
        crc.update(bytes, offset, length);
        count += length;
    }

    /** Probes bytes already in memory (a stored file read whole, a test's fixture). */
    static Audio of(byte[] bytes) {
        WavProbe probe = new WavProbe();
        probe.write(bytes, 0, bytes.length);
        return probe.result();
    }

    /** The header read: a RIFF/WAVE file with a {@code fmt } chunk before its {@code data} chunk. */
    Audio result() {
        ByteBuffer in = ByteBuffer.wrap(Arrays.copyOf(head, headLength)).order(ByteOrder.LITTLE_ENDIAN);
        if (headLength < 12 || !tag(in, 0, "RIFF") || !tag(in, 8, "WAVE")) {
            return new Audio(false, 0, crc.getValue(), count);
        }
        int at = 12;
        long byteRate = 0;
        while (at + 8 <= headLength) {
            long size = Integer.toUnsignedLong(in.getInt(at + 4));
            if (tag(in, at, "fmt ") && at + 20 <= headLength) {
                byteRate = Integer.toUnsignedLong(in.getInt(at + 16));
            } else if (tag(in, at, "data")) {
                long available = count - (at + 8);
                long data = Math.min(size, available);
                return byteRate <= 0 ? new Audio(false, 0, crc.getValue(), count)
                        : new Audio(true, (double) data / byteRate, crc.getValue(), count);
            }
            at += 8 + (int) Math.min(size + (size & 1), HEAD);
        }
        return new Audio(false, 0, crc.getValue(), count);
    }

    private static boolean tag(ByteBuffer in, int at, String name) {
        for (int i = 0; i < 4; i++) {
            if (in.get(at + i) != (byte) name.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
