package io.mistral4j.tck.simulator;

import io.mistral4j.tck.simulator.routes.agents.AgentsRoutes;
import io.mistral4j.tck.simulator.routes.audio.AudioRoutes;
import io.mistral4j.tck.simulator.routes.connectors.ConnectorsRoutes;
import io.mistral4j.tck.simulator.routes.conversations.ConversationsRoutes;
import io.mistral4j.tck.simulator.routes.batch.BatchRoutes;
import io.mistral4j.tck.simulator.routes.chat.AnswerLength;
import io.mistral4j.tck.simulator.routes.chat.ChatCompletionsRoutes;
import io.mistral4j.tck.simulator.routes.classifiers.ClassifiersRoutes;
import io.mistral4j.tck.simulator.routes.embeddings.EmbeddingsRoutes;
import io.mistral4j.tck.simulator.routes.files.FilesRoutes;
import io.mistral4j.tck.simulator.routes.fim.FimRoutes;
import io.mistral4j.tck.simulator.routes.finetuning.FineTuningRoutes;
import io.mistral4j.tck.simulator.routes.models.ModelsRoutes;
import io.mistral4j.tck.simulator.routes.ocr.OcrRoutes;
import io.mistral4j.tck.simulator.routes.libraries.LibrariesRoutes;
import io.mistral4j.tck.simulator.state.FileStore;
import io.mistral4j.tck.simulator.state.ModelCard;
import io.mistral4j.tck.simulator.state.ModelCatalog;
import io.mistral4j.tck.simulator.state.ModelCatalogFile;
import io.mistral4j.tck.simulator.wire.BearerAuth;
import io.mistral4j.tck.simulator.wire.Ids;
import io.mistral4j.tck.simulator.wire.RateLimitMeter;
import io.mistral4j.tck.simulator.wire.ReplyWriter;
import io.mistral4j.tck.simulator.wire.ResourceIds;
import io.mistral4j.tck.simulator.wire.RouteFamily;
import io.mistral4j.tck.simulator.wire.Router;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An embedded, stateful fake of the Mistral REST API, bound to 127.0.0.1.
 *
 * <pre>{@code
 * try (MistralSimulator sim = MistralSimulator.start()) {
 *     String base = sim.baseUrl();   // e.g. http://127.0.0.1:54321
 *     ...
 *     assertThat(sim.requests()).hasSize(1);
 * }
 * }</pre>
 *
 * <p>Replies are deterministic: the same request yields the same body apart from ids and
 * {@code created} timestamps, and ids come from per-instance counters.
 */
public final class MistralSimulator implements AutoCloseable {

    private static final AtomicInteger INSTANCES = new AtomicInteger();
    /** Always IPv4 loopback, whatever the JVM's address preference, to match {@link #baseUrl()}. */
    private static final InetAddress LOOPBACK = loopback();

    private final HttpServer server;
    private final ExecutorService workers;
    private final RequestLog log;
    private final Dispatcher dispatcher;
    private final SimulatedClock clock;
    private final FileStore files;
    private final RateLimitMeter meter;
    private final AtomicBoolean closed = new AtomicBoolean();

    private MistralSimulator(HttpServer server, ExecutorService workers, RequestLog log, Dispatcher dispatcher,
                             SimulatedClock clock, FileStore files, RateLimitMeter meter) {
        this.meter = meter;
        this.server = server;
        this.workers = workers;
        this.log = log;
        this.dispatcher = dispatcher;
        this.clock = clock;
        this.files = files;
    }

    /** Starts a simulator on an ephemeral port that accepts any non-blank bearer key. */
    public static MistralSimulator start() {
        return builder().start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Base URL without a trailing slash, e.g. {@code http://127.0.0.1:54321}; 127.0.0.1 when the
     * simulator listens on every interface.
     */
    public String baseUrl() {
        InetAddress address = server.getAddress().getAddress();
        String host = address.isAnyLocalAddress() ? "127.0.0.1" : address.getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Every request received so far, oldest first; an immutable snapshot. */
    public List<RecordedRequest> requests() {
        return log.snapshot();
    }

    public void clearRequests() {
        log.clear();
    }

    /**
     * The fault script: which calls of which routes misbehave. Calls are numbered per route from
     * 1; see {@link FaultScript}.
     */
    public FaultScript faults() {
        return dispatcher.faults();
    }

    /** Every fault played so far, oldest first. */
    public List<InjectedFault> injectedFaults() {
        return dispatcher.faults().played();
    }

    /**
     * How many requests a route has received since the start or the last {@link #resetCallCounts()},
     * e.g. {@code attempts("POST /v1/chat/completions")}: retries included, unauthenticated ones not.
     */
    public int attempts(String route) {
        if (!dispatcher.faults().knows(route)) {
            throw new IllegalArgumentException("Unknown route '" + route + "'");
        }
        return dispatcher.callCount(route);
    }

    /** Calls the {@linkplain Builder#workspaceLimit workspace limit} let in; 0 without one. */
    public long admittedCalls() {
        return meter.admitted();
    }

    /** Calls answered 429 because the {@linkplain Builder#workspaceLimit workspace limit} was spent. */
    public long rateLimitedCalls() {
        return meter.limited();
    }

    /** Restarts the per-route call numbering (and so the fault script's call numbers) at 1. */
    public void resetCallCounts() {
        dispatcher.resetCallCounts();
    }

    /**
     * The time fine-tuning and batch jobs move by; advance it to move them on
     * ({@code sim.clock().advance(Duration.ofMinutes(5))}).
     */
    public SimulatedClock clock() {
        return clock;
    }

    /** Stops listening at once, aborting in-flight streams, and ends the worker threads. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        server.stop(0);
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        files.close();
    }

    private static InetAddress loopback() {
        try {
            return InetAddress.getByAddress("127.0.0.1", new byte[] {127, 0, 0, 1});
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Configures and starts a {@link MistralSimulator}. */
    public static final class Builder {

        private int port;
        private String apiKey;
        private Duration chunkDelay = Duration.ZERO;
        private SimulatedClock clock;
        private InetAddress bindAddress = LOOPBACK;
        private List<ModelCard> extraModels = List.of();
        private WorkspaceLimit workspaceLimit;
        private boolean fineTuningRetired;
        private AnswerLength answerLength = AnswerLength.NATURAL;
        private int eventsPerFlush = 1;
        private EmbeddingNumbers embeddingNumbers = EmbeddingNumbers.SHORTEST;

        private Builder() {
        }

        /**
         * Plain text chat answers of exactly this many characters (the composed answer repeated
         * and cut), for load tests; 0 (the default) leaves them as composed.
         */
        public Builder answerCharacters(int characters) {
            this.answerLength = new AnswerLength(characters, answerLength.streamedPieces());
            return this;
        }

        /**
         * Streamed text chat answers of exactly this many content events (a word each), for load
         * tests; 0 (the default) leaves them as composed. The role event before them and the
         * finish event after them are sent as always.
         */
        public Builder streamEvents(int events) {
            this.answerLength = new AnswerLength(answerLength.characters(), events);
            return this;
        }

        /**
         * Streamed events written before each flush of the socket (default 1). Each event stays an
         * HTTP/1.1 chunk of its own when the JVM opens {@code jdk.httpserver/sun.net.httpserver} to
         * the simulator ({@code --add-opens jdk.httpserver/sun.net.httpserver=ALL-UNNAMED}); without
         * it the events of one flush share a chunk.
         */
        public Builder eventsPerFlush(int events) {
            if (events < 1) {
                throw new IllegalArgumentException("eventsPerFlush must be at least 1");
            }
            this.eventsPerFlush = events;
            return this;
        }

        /** How embeddings answers print their float32 values (default {@link EmbeddingNumbers#SHORTEST}). */
        public Builder embeddingNumbers(EmbeddingNumbers numbers) {
            this.embeddingNumbers = Objects.requireNonNull(numbers, "numbers");
            return this;
        }

        /**
         * Answers 410 Gone on every {@code /v1/fine_tuning/jobs} route, as Mistral's API does now
         * that fine-tuning is retired (default: false, the routes serve jobs as the API used to).
         */
        public Builder fineTuningRetired(boolean retired) {
            this.fineTuningRetired = retired;
            return this;
        }

        /**
         * Enforces {@code limit} across all callers, answering 429 with {@code Retry-After} once it is
         * spent (default: none, the rate-limit headers only report made-up limits).
         */
        public Builder workspaceLimit(WorkspaceLimit limit) {
            this.workspaceLimit = Objects.requireNonNull(limit, "limit");
            return this;
        }

        /**
         * The clock jobs move by (default: {@link SimulatedClock#system()}, real time). Tests
         * usually pass {@link SimulatedClock#frozen()} and advance it themselves.
         */
        public Builder clock(SimulatedClock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Port to bind on 127.0.0.1; 0 (the default) picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * The address to listen on, as an IP literal (default {@code 127.0.0.1}); {@code 0.0.0.0}
         * listens on every interface, as in a container. {@link #baseUrl()} names 127.0.0.1 for
         * a wildcard address.
         */
        public Builder host(String address) {
            Objects.requireNonNull(address, "address");
            if (!address.matches("[0-9.]+|[0-9a-fA-F:]+")) {
                throw new IllegalArgumentException("host must be an IP address, not " + address);
            }
            try {
                this.bindAddress = InetAddress.getByName(address);
            } catch (java.net.UnknownHostException e) {
                throw new IllegalArgumentException("host must be an IP address, not " + address, e);
            }
            return this;
        }

        /**
         * Models served and accepted besides the built-in catalog, read from a JSON file (see
         * {@link ModelCatalogFile}); a model with a built-in id replaces it.
         */
        public Builder extraModels(Path catalogFile) {
            this.extraModels = ModelCatalogFile.read(Objects.requireNonNull(catalogFile, "catalogFile"));
            return this;
        }

        /** If set, only this bearer key is accepted; otherwise any non-blank key is. */
        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        /** Pause after each streamed event, so tests can observe incremental delivery. Default 0. */
        public Builder chunkDelay(Duration chunkDelay) {
            Objects.requireNonNull(chunkDelay, "chunkDelay");
            if (chunkDelay.isNegative()) {
                throw new IllegalArgumentException("chunkDelay must not be negative");
            }
            this.chunkDelay = chunkDelay;
            return this;
        }

        public MistralSimulator start() {
            Ids ids = new Ids();
            ModelCatalog catalog = ModelCatalog.standard().with(extraModels);
            SimulatedClock time = clock != null ? clock : SimulatedClock.system();
            InstantSource now = time::now; // what the routes and stores read the simulated time through
            ResourceIds resourceIds = new ResourceIds();
            FileStore files = new FileStore(resourceIds, now);
            Router router = new Router();
            AgentsRoutes agents = new AgentsRoutes(catalog, ids, java.time.Clock.systemUTC());
            List<RouteFamily> families = List.of(
                    new ModelsRoutes(catalog),
                    new ChatCompletionsRoutes(catalog, ids, answerLength),
                    new FilesRoutes(files, now),
                    new FineTuningRoutes(catalog, files, now, resourceIds, fineTuningRetired),
                    new BatchRoutes(catalog, files, now, resourceIds),
                    new FimRoutes(catalog, ids),
                    new EmbeddingsRoutes(catalog, ids, embeddingNumbers == EmbeddingNumbers.WIDENED),
                    new ClassifiersRoutes(catalog, ids),
                    new OcrRoutes(catalog),
                    new AudioRoutes(catalog, files, now),
                    new ConversationsRoutes(now, agents::agent),
                    agents,
                    new LibrariesRoutes(now, resourceIds),
                    new ConnectorsRoutes(now, resourceIds));
            families.forEach(family -> family.register(router));

            RequestLog log = new RequestLog();
            RateLimitMeter meter = new RateLimitMeter(System::currentTimeMillis, workspaceLimit == null ? null
                    : new RateLimitMeter.Limits(workspaceLimit.requestsPerSecond(), workspaceLimit.requestsPerMinute(),
                    workspaceLimit.tokensPerMinute(), workspaceLimit.tolerance().toMillis()));
            ReplyWriter writer = new ReplyWriter(ids, meter, chunkDelay, eventsPerFlush);
            Dispatcher dispatcher = new Dispatcher(router, new BearerAuth(apiKey), log, writer, meter);

            ExecutorService workers = Executors.newCachedThreadPool(daemonThreads());
            HttpServer server;
            try {
                server = HttpServer.create(new InetSocketAddress(bindAddress, port), 0);
            } catch (IOException e) {
                workers.shutdownNow();
                files.close();
                throw new UncheckedIOException("Cannot bind the simulator to " + bindAddress.getHostAddress() + ":" + port, e);
            }
            server.createContext("/", dispatcher);
            server.setExecutor(workers);
            server.start();
            return new MistralSimulator(server, workers, log, dispatcher, time, files, meter);
        }

        private static ThreadFactory daemonThreads() {
            int instance = INSTANCES.incrementAndGet();
            AtomicInteger count = new AtomicInteger();
            return task -> {
                Thread t = new Thread(task, "mistral-simulator-" + instance + "-worker-" + count.incrementAndGet());
                t.setDaemon(true);
                return t;
            };
        }
    }
}
