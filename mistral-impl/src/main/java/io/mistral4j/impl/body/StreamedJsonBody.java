package io.mistral4j.impl.body;

import io.mistral4j.spi.RequestBody;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON request body whose largest string values (audio files, large audio bytes) are base64
 * encoded while the body is read, straight from their source: the JSON around them is held as
 * text, each such value as a {@link Base64Value}. The length is known before sending; the body
 * can be read again for a retry, each read opening the sources again.
 *
 * <p>The JSON is kept as a template in which each streamed value is the string
 * {@code "<placeholder prefix><index>"}, so the JSON can still be edited (extra body fields
 * merged in) before it is sent.
 */
public final class StreamedJsonBody implements RequestBody {

    private final String template;
    private final String placeholderPrefix;
    private final List<Base64Value> values;
    /** The JSON text around the placeholders: one more piece than there are placeholders. */
    private final List<byte[]> texts = new ArrayList<>();
    /** The value of each placeholder, in the order they appear. */
    private final List<Base64Value> placed = new ArrayList<>();
    private final long length;

    /**
     * @param template          JSON text with placeholders
     * @param placeholderPrefix what each placeholder starts with, followed by its index in {@code values}
     * @param values            the values the placeholders stand for
     */
    public StreamedJsonBody(String template, String placeholderPrefix, List<Base64Value> values) {
        this.template = template;
        this.placeholderPrefix = placeholderPrefix;
        this.values = List.copyOf(values);
        long total = 0;
        int from = 0;
        int at;
        while ((at = template.indexOf(placeholderPrefix, from)) >= 0) {
            int end = at + placeholderPrefix.length();
            while (end < template.length() && Character.isDigit(template.charAt(end))) {
                end++;
            }
            Base64Value value = this.values.get(Integer.parseInt(template.substring(at + placeholderPrefix.length(), end)));
            total += addText(template.substring(from, at)) + value.encodedLength();
            placed.add(value);
            from = end;
        }
        this.length = total + addText(template.substring(from));
    }

    /** The JSON with placeholders where the streamed values go. */
    public String template() {
        return template;
    }

    /** This body with the JSON replaced by an edited copy of {@link #template()}, keeping its placeholders. */
    public StreamedJsonBody withTemplate(String edited) {
        return new StreamedJsonBody(edited, placeholderPrefix, values);
    }

    @Override
    public String contentType() {
        return "application/json";
    }

    @Override
    public long contentLength() {
        return length;
    }

    @Override
    public InputStream openStream() {
        return new Pieces();
    }

    @Override
    public boolean isRepeatable() {
        return true;
    }

    private int addText(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        texts.add(bytes);
        return bytes.length;
    }

    /** The texts and encoded values one after the other, each value's source opened only when reached. */
    private final class Pieces extends BlockInputStream {
        private int next;
        private InputStream current = InputStream.nullInputStream();

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (true) {
                int n = current.read(buffer, offset, length);
                if (n >= 0) {
                    return n;
                }
                if (next == texts.size() + placed.size()) {
                    return -1;
                }
                current.close();
                current = open(next++);
            }
        }

        @Override
        public void close() throws IOException {
            current.close();
            current = InputStream.nullInputStream();
            next = texts.size() + placed.size();
        }

        /** Texts at even positions, values at odd ones. */
        private InputStream open(int piece) throws IOException {
            return piece % 2 == 0 ? new ByteArrayInputStream(texts.get(piece / 2)) : placed.get(piece / 2).openEncoded();
        }
    }
}
