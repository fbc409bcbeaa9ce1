package io.mistral4j.tck.simulator.routes.audio;

import io.mistral4j.tck.simulator.audio.SampleAudio;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * The audio the simulator speaks: a tone whose length follows the text (60 ms a character,
 * half a second at least), in the format asked for: a complete WAV file, raw PCM, or the
 * container header of MP3 (ID3 and frame headers), FLAC ({@code fLaC} and STREAMINFO) or Opus
 * ({@code OggS} and {@code OpusHead}) before the samples.
 */
final class SpeechAudio {

    static final double SECONDS_PER_CHARACTER = 0.06;
    private static final int WAV_HEADER = 44;

    private SpeechAudio() {
    }

    static double seconds(String text) {
        return Math.max(0.5, Math.round(text.length() * SECONDS_PER_CHARACTER * 100) / 100.0);
    }

    static byte[] render(String text, String format) {
        byte[] wav = SampleAudio.wav(seconds(text));
        byte[] pcm = Arrays.copyOfRange(wav, WAV_HEADER, wav.length);
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "wav" -> wav;
            case "pcm" -> pcm;
            case "flac" -> concat(ascii("fLaC"), new byte[] {(byte) 0x80, 0, 0, 34}, new byte[34], pcm);
            case "opus" -> concat(ascii("OggS"), new byte[] {0, 2}, new byte[22], ascii("OpusHead"),
                    new byte[] {1, 1, 0x38, 1, (byte) 0x80, (byte) 0xBB, 0, 0, 0, 0, 0}, pcm);
            default -> concat(ascii("ID3"), new byte[] {4, 0, 0, 0, 0, 0, 0}, new byte[] {(byte) 0xFF, (byte) 0xFB,
                    (byte) 0x90, 0x64}, pcm);
        };
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
