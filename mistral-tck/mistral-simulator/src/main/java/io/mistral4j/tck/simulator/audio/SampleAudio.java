package io.mistral4j.tck.simulator.audio;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Audio to send to the simulator in tests and examples: PCM WAV files (16 kHz, mono, 16-bit) of
 * a 440 Hz tone, made in memory or generated as they are read, so that a test can upload hundreds
 * of megabytes without holding them.
 */
public final class SampleAudio {

    /** Samples per second. */
    public static final int SAMPLE_RATE = 16_000;
    private static final int BYTES_PER_SAMPLE = 2;
    private static final int HEADER = 44;
    /** One second of the tone: a whole number of periods, so it repeats seamlessly. */
    private static final short[] TONE = tone();

    private SampleAudio() {
    }

    /** A WAV file of {@code seconds} of tone. */
    public static byte[] wav(double seconds) {
        try (InputStream in = wavStream(seconds)) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The size of a WAV file of {@code seconds}, header included. */
    public static long wavLength(double seconds) {
        return HEADER + dataBytes(seconds);
    }

    /** A WAV file of {@code seconds} generated as it is read, in constant memory. */
    public static InputStream wavStream(double seconds) {
        long data = dataBytes(seconds);
        if (data > 0xFFFF_FFFFL - 36) {
            throw new IllegalArgumentException("a WAV file holds at most 4 GiB");
        }
        return new ToneStream(header(data), data);
    }

    private static long dataBytes(double seconds) {
        if (!(seconds >= 0)) {
            throw new IllegalArgumentException("seconds must be 0 or more, was " + seconds);
        }
        return Math.round(seconds * SAMPLE_RATE) * BYTES_PER_SAMPLE;
    }

    private static short[] tone() {
        short[] tone = new short[SAMPLE_RATE];
        for (int i = 0; i < tone.length; i++) {
            tone[i] = (short) (8000 * Math.sin(2 * Math.PI * 440 * i / SAMPLE_RATE));
        }
        return tone;
    }

    private static byte[] header(long data) {
        ByteBuffer out = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt((int) (36 + data));
        out.put("WAVE".getBytes(StandardCharsets.US_ASCII));
        out.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1);
        out.putInt(SAMPLE_RATE).putInt(SAMPLE_RATE * BYTES_PER_SAMPLE).putShort((short) BYTES_PER_SAMPLE)
                .putShort((short) 16);
        out.put("data".getBytes(StandardCharsets.US_ASCII)).putInt((int) data);
        return out.array();
    }

    /** The header, then the tone's samples computed one by one. */
    private static final class ToneStream extends InputStream {
        private final byte[] header;
        private final long total;
        private long position;

        ToneStream(byte[] header, long data) {
            this.header = header;
            this.total = header.length + data;
        }

        @Override
        public int read() {
            if (position >= total) {
                return -1;
            }
            long at = position++;
            if (at < header.length) {
                return header[(int) at] & 0xFF;
            }
            long sample = (at - header.length) / BYTES_PER_SAMPLE;
            short value = TONE[(int) (sample % SAMPLE_RATE)];
            return ((at - header.length) % 2 == 0 ? value : value >> 8) & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= total) {
                return -1;
            }
            int n = (int) Math.min(length, total - position);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = (byte) read();
            }
            return n;
        }

        @Override
        public int available() {
            return (int) Math.min(Integer.MAX_VALUE, total - position);
        }
    }
}
