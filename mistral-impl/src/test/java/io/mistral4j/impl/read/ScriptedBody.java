package io.mistral4j.impl.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.IntToLongFunction;

/**
 * A body whose reads are scripted: each read gets the bytes the script gives for its number,
 * after a pause; null ends the body. Closing it from another thread unblocks a waiting read,
 * as closing a socket does.
 */
final class ScriptedBody extends InputStream {

    private final IntFunction<byte[]> script;
    private final IntToLongFunction pauseMillis;
    private final BlockingQueue<Boolean> closedSignal = new LinkedBlockingQueue<>();
    private volatile boolean closed;
    private byte[] pending = new byte[0];
    private int pendingAt;
    private int reads;
    long bytesServed;
    volatile boolean endServed;

    private ScriptedBody(IntFunction<byte[]> script, long pauseMillis) {
        this(script, i -> pauseMillis);
    }

    /** @param pauseMillis the pause before each read, by its number */
    private ScriptedBody(IntFunction<byte[]> script, IntToLongFunction pauseMillis) {
        this.script = script;
        this.pauseMillis = pauseMillis;
    }

    /** One byte of {@code text} per read, {@code pauseMillis} apart. */
    static ScriptedBody dripped(String text, long pauseMillis) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new ScriptedBody(i -> i < bytes.length ? new byte[] {bytes[i]} : null, pauseMillis);
    }

    /** {@code chunk} again and again, without end. */
    static ScriptedBody endless(String chunk) {
        byte[] bytes = chunk.getBytes(StandardCharsets.UTF_8);
        return new ScriptedBody(i -> bytes, 0);
    }

    /** {@code first} once, then {@code chunk} without end. */
    static ScriptedBody endlessAfter(String first, String chunk) {
        byte[] head = first.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = chunk.getBytes(StandardCharsets.UTF_8);
        return new ScriptedBody(i -> i == 0 ? head : bytes, 0);
    }

    /** {@code chunk} every {@code pauseMillis}, without end. */
    static ScriptedBody every(String chunk, long pauseMillis) {
        byte[] bytes = chunk.getBytes(StandardCharsets.UTF_8);
        return new ScriptedBody(i -> bytes, pauseMillis);
    }

    /** {@code text} in one read, then the end. */
    static ScriptedBody once(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new ScriptedBody(i -> i == 0 ? bytes : null, 0);
    }

    /** {@code text} in one read, then the end {@code pauseMillis} later. */
    static ScriptedBody endingAfter(String text, long pauseMillis) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new ScriptedBody(i -> i == 0 ? bytes : null, i -> i == 0 ? 0 : pauseMillis);
    }

    /** {@code text} in one read, then nothing until closed. */
    static ScriptedBody holdingAfter(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new ScriptedBody(i -> i == 0 ? bytes : null, i -> i == 0 ? 0 : TimeUnit.MINUTES.toMillis(10));
    }

    boolean isClosed() {
        return closed;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (pendingAt == pending.length) {
            if (closed) {
                throw new IOException("closed");
            }
            long pause = pauseMillis.applyAsLong(reads);
            if (pause > 0) {
                try {
                    if (closedSignal.poll(pause, TimeUnit.MILLISECONDS) != null) {
                        throw new IOException("closed");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted");
                }
            }
            byte[] next = script.apply(reads++);
            if (next == null) {
                endServed = true;
                return -1;
            }
            pending = next;
            pendingAt = 0;
        }
        int count = Math.min(length, pending.length - pendingAt);
        System.arraycopy(pending, pendingAt, buffer, offset, count);
        pendingAt += count;
        bytesServed += count;
        return count;
    }

    @Override
    public void close() {
        closed = true;
        closedSignal.offer(Boolean.TRUE);
    }
}
