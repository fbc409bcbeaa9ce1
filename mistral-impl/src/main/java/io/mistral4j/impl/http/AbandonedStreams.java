package io.mistral4j.impl.http;

import io.mistral4j.MistralClient;
import io.mistral4j.impl.read.Watchdog;
import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.TransportResponse;
import java.lang.ref.PhantomReference;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.security.CodeSource;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the streams and downloads an application dropped without closing them, and releases
 * their connections, which would otherwise stay busy until the call timeout. Each stream handed
 * to a caller is tracked by a phantom reference; once the garbage collector finds the stream
 * unreachable, its answer is closed and one WARN names the call and where it was opened.
 *
 * <p>This is {@link java.lang.ref.Cleaner}'s mechanism without its thread: a Cleaner owns a
 * thread that nothing can stop, and closing a client must end every thread it started. The
 * queue is drained instead by the client's own timer, every second while a stream is open, and
 * at the start of every call.
 *
 * <p>Where a stream was opened costs a short stack walk, to the first frame outside this
 * library: whether a class is the library's or the JDK's is worked out once per class, and the
 * frame is put into words only if the stream is abandoned. The whole stack, a {@code Throwable}
 * per stream, is kept only while this class's logger is at DEBUG.
 */
public final class AbandonedStreams {

    private static final Logger LOG = LoggerFactory.getLogger(AbandonedStreams.class);
    private static final long DRAIN_EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
    private static final CodeSource IMPL = codeSource(AbandonedStreams.class);
    private static final CodeSource API = codeSource(MistralClient.class);
    /** Per class, as {@link #isLibraryOrJdk}: a stack walk asks for every frame, and the answer never changes. */
    private static final ClassValue<Boolean> LIBRARY_OR_JDK = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return isLibraryOrJdk(type);
        }
    };

    private final ReferenceQueue<Object> queue = new ReferenceQueue<>();
    private final Set<Tracked> open = ConcurrentHashMap.newKeySet();
    private final Watchdog timer;
    private final AtomicBoolean draining = new AtomicBoolean();

    /** @param timer the client's timer, which drains the queue while streams are open; null: calls alone drain it */
    public AbandonedStreams(Watchdog timer) {
        this.timer = timer;
    }

    /**
     * Tracks {@code owner}, the object handed to the caller, which holds {@code response}: if
     * the owner becomes unreachable before {@link Tracked#closed()}, the response is closed.
     */
    public Tracked track(Object owner, TransportResponse response, ApiCall call) {
        Tracked tracked = new Tracked(owner, queue, response, call.method() + " " + call.path(), openedAt(),
                LOG.isDebugEnabled() ? new Throwable("the stream was opened here") : null);
        open.add(tracked);
        if (timer != null && draining.compareAndSet(false, true)) {
            timer.schedule(this::drainWhileOpen, DRAIN_EVERY_NANOS);
        }
        return tracked;
    }

    /** Releases the answers of the streams found unreachable since the last look. */
    public void releaseAbandoned() {
        Reference<?> found;
        while ((found = queue.poll()) != null) {
            ((Tracked) found).abandoned();
        }
    }

    /** How many tracked streams are neither closed nor found abandoned yet. */
    int openCount() {
        return open.size();
    }

    private void drainWhileOpen() {
        releaseAbandoned();
        if (open.isEmpty()) {
            draining.set(false);
            if (open.isEmpty() || !draining.compareAndSet(false, true)) {
                return;   // a stream opened meanwhile has scheduled the next look itself
            }
        }
        timer.schedule(this::drainWhileOpen, DRAIN_EVERY_NANOS);
    }

    /** The first frame of the caller: outside this library and the JDK; null when there is none. */
    private static StackWalker.StackFrame openedAt() {
        return WALKER.walk(frames -> frames
                .filter(frame -> !LIBRARY_OR_JDK.get(frame.getDeclaringClass()))
                .findFirst()
                .orElse(null));
    }

    private static boolean isLibraryOrJdk(Class<?> type) {
        String name = type.getName();
        if (name.startsWith("java.") || name.startsWith("jdk.") || name.startsWith("sun.")) {
            return true;
        }
        CodeSource source = codeSource(type);
        return source != null && (source.equals(IMPL) || source.equals(API));
    }

    private static CodeSource codeSource(Class<?> type) {
        return type.getProtectionDomain() == null ? null : type.getProtectionDomain().getCodeSource();
    }

    /** One stream handed to a caller; the stream calls {@link #closed()} when it releases its answer itself. */
    public final class Tracked extends PhantomReference<Object> {
        private final TransportResponse response;
        private final String call;
        private final StackWalker.StackFrame openedAt;
        private final Throwable stack;

        private Tracked(Object owner, ReferenceQueue<Object> queue, TransportResponse response, String call,
                        StackWalker.StackFrame openedAt, Throwable stack) {
            super(owner, queue);
            this.response = response;
            this.call = call;
            this.openedAt = openedAt;
            this.stack = stack;
        }

        /** Where the stream was opened: the caller's frame, as a stack trace shows it. */
        String openedAt() {
            return openedAt == null ? "an unknown place" : openedAt.toStackTraceElement().toString();
        }

        /** The stream was closed or ended: nothing is left to release. */
        public void closed() {
            if (open.remove(this)) {
                clear();
            }
        }

        private void abandoned() {
            if (!open.remove(this)) {
                return;
            }
            String message = "The stream of " + call + " opened at " + openedAt() + " was dropped without close();"
                    + " its connection is released now. Close every stream and download, e.g. with try-with-resources."
                    + (stack == null ? " (Set the logger " + LOG.getName() + " to DEBUG for the whole stack.)" : "");
            if (stack == null) {
                LOG.warn(message);
            } else {
                LOG.warn(message, stack);
            }
            response.close();
        }
    }
}
