package io.mistral4j.tck.simulator.routes.libraries;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Inflates the {@code /FlateDecode} streams of a PDF in place, so that the text of compressed
 * content streams (what PDF writers produce by default) can be read like uncompressed ones.
 * A stream that does not inflate is left as it is; the inflated total is bounded, so a
 * decompression bomb cannot exhaust the simulator's heap.
 */
final class PdfStreams {

    /** At most this many inflated bytes per document; the rest of a larger stream is dropped. */
    static final int MAX_INFLATED_BYTES = 16 * 1024 * 1024;

    // a dictionary naming FlateDecode, then "stream", one end of line, the data, "endstream"
    private static final Pattern FLATE_STREAM = Pattern.compile(
            "<<((?:(?!>>\\s*stream).)*?/FlateDecode.*?)>>\\s*stream\\r?\\n(.*?)\\r?\\n?endstream", Pattern.DOTALL);

    private PdfStreams() {
    }

    /** The PDF text (ISO-8859-1, one char a byte) with each FlateDecode stream's data inflated. */
    static String inflated(String raw) {
        Matcher m = FLATE_STREAM.matcher(raw);
        StringBuilder out = new StringBuilder(raw.length());
        int budget = MAX_INFLATED_BYTES;
        int last = 0;
        while (m.find()) {
            byte[] data = m.group(2).getBytes(StandardCharsets.ISO_8859_1);
            byte[] plain = inflate(data, budget);
            if (plain == null) {
                continue;
            }
            budget -= plain.length;
            out.append(raw, last, m.start(2)).append(new String(plain, StandardCharsets.ISO_8859_1));
            last = m.end(2);
        }
        return last == 0 ? raw : out.append(raw, last, raw.length()).toString();
    }

    private static byte[] inflate(byte[] data, int limit) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(data);
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(limit, data.length * 4 + 64));
            byte[] buffer = new byte[8192];
            while (!inflater.finished() && out.size() < limit) {
                int n = inflater.inflate(buffer, 0, Math.min(buffer.length, limit - out.size()));
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break; // truncated stream: keep what inflated
                }
                out.write(buffer, 0, n);
            }
            return out.size() == 0 ? null : out.toByteArray();
        } catch (DataFormatException notFlate) {
            return null;
        } finally {
            inflater.end();
        }
    }
}
