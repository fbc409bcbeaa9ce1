package io.mistral4j.impl;

import io.mistral4j.ClientOptions;
import io.mistral4j.MistralClient;
import io.mistral4j.agents.AgentsService;
import io.mistral4j.audio.AudioService;
import io.mistral4j.conversations.ConversationsService;
import io.mistral4j.batch.BatchService;
import io.mistral4j.chat.ChatService;
import io.mistral4j.classifiers.ClassifiersService;
import io.mistral4j.embeddings.EmbeddingsService;
import io.mistral4j.files.FilesService;
import io.mistral4j.fim.FimService;
import io.mistral4j.finetuning.FineTuningService;
import io.mistral4j.impl.agents.DefaultAgentsService;
import io.mistral4j.impl.audio.DefaultAudioService;
import io.mistral4j.impl.conversations.DefaultConversationsService;
import io.mistral4j.impl.batch.DefaultBatchService;
import io.mistral4j.impl.chat.DefaultChatService;
import io.mistral4j.impl.classifiers.DefaultClassifiersService;
import io.mistral4j.impl.embeddings.DefaultEmbeddingsService;
import io.mistral4j.impl.files.DefaultFilesService;
import io.mistral4j.impl.fim.DefaultFimService;
import io.mistral4j.impl.finetuning.DefaultFineTuningService;
import io.mistral4j.impl.http.AbandonedStreams;
import io.mistral4j.impl.http.CallExecutor;
import io.mistral4j.impl.http.Observers;
import io.mistral4j.impl.http.PropagatedHeaders;
import io.mistral4j.impl.http.Redactor;
import io.mistral4j.impl.http.RequestFactory;
import io.mistral4j.impl.jobs.ClosingSignal;
import io.mistral4j.impl.jobs.JobPoller;
import io.mistral4j.impl.connectors.DefaultConnectorsService;
import io.mistral4j.impl.libraries.DefaultLibrariesService;
import io.mistral4j.connectors.ConnectorsService;
import io.mistral4j.libraries.LibrariesService;
import io.mistral4j.impl.json.JsonCodec;
import io.mistral4j.impl.models.DefaultModelsService;
import io.mistral4j.impl.ocr.DefaultOcrService;
import io.mistral4j.impl.pipeline.CallPipeline;
import io.mistral4j.impl.resilience.Timing;
import io.mistral4j.impl.read.Watchdog;
import io.mistral4j.impl.transport.TransportSelector;
import io.mistral4j.models.ModelsService;
import io.mistral4j.ocr.OcrService;
import io.mistral4j.spi.HttpTransport;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** The client: owns the transport, the decorator chain, the codec and the async executor. */
final class DefaultMistralClient implements MistralClient {

    private final ClientOptions options;
    private final String transportName;
    private final HttpTransport transport;
    private final ClosingSignal closing = new ClosingSignal();
    private final ExecutorService asyncExecutor;
    private final Watchdog watchdog = new Watchdog();
    private final ChatService chat;
    private final ModelsService models;
    private final FilesService files;
    @SuppressWarnings("deprecation")
    private final FineTuningService fineTuning;
    private final BatchService batch;
    private final FimService fim;
    private final EmbeddingsService embeddings;
    private final ClassifiersService classifiers;
    private final OcrService ocr;
    private final AudioService audio;
    private final AgentsService agents;
    private final ConversationsService conversations;
    private final LibrariesService libraries;
    private final ConnectorsService connectors;
    private final AtomicBoolean closed = new AtomicBoolean();

    DefaultMistralClient(ClientOptions options, TransportSelector.Selected transport, Discovered discovered) {
        this(options, transport, discovered, Timing.system());
    }

    /** With the decorators' clock and waits given, so that tests control time. */
    DefaultMistralClient(ClientOptions options, TransportSelector.Selected transport, Discovered discovered,
                         Timing timing) {
        this.options = options;
        this.transportName = transport.name();
        this.transport = transport.transport();
        this.asyncExecutor = Executors.newCachedThreadPool(daemonThreads());
        Observers observers = new Observers(ObserverSelection.combine(discovered.observers(), options.observers()));
        PropagatedHeaders propagated = new PropagatedHeaders(
                ObserverSelection.combine(discovered.propagators(), options.headerPropagators()));
        CallExecutor executor = new CallExecutor(new RequestFactory(options),
                CallPipeline.assemble(options, this.transport, timing, watchdog, asyncExecutor),
                new JsonCodec(), observers, propagated, asyncExecutor, Redactor.of(options),
                new AbandonedStreams(watchdog));
        JobPoller poller = JobPoller.system(closing);
        this.chat = new DefaultChatService(executor);
        this.models = new DefaultModelsService(executor);
        this.files = new DefaultFilesService(executor);
        this.fineTuning = new DefaultFineTuningService(executor, poller);
        this.batch = new DefaultBatchService(executor, files, poller);
        this.fim = new DefaultFimService(executor);
        this.embeddings = new DefaultEmbeddingsService(executor);
        this.classifiers = new DefaultClassifiersService(executor);
        this.ocr = new DefaultOcrService(executor);
        this.audio = new DefaultAudioService(executor);
        this.agents = new DefaultAgentsService(executor);
        this.conversations = new DefaultConversationsService(executor);
        this.libraries = new DefaultLibrariesService(executor, poller);
        this.connectors = new DefaultConnectorsService(executor);
    }

    @Override
    public ChatService chat() {
        return chat;
    }

    @Override
    public ModelsService models() {
        return models;
    }

    @Override
    public FilesService files() {
        return files;
    }

    @Override
    @Deprecated
    public FineTuningService fineTuning() {
        return fineTuning;
    }

    @Override
    public BatchService batch() {
        return batch;
    }

    @Override
    public FimService fim() {
        return fim;
    }

    @Override
    public EmbeddingsService embeddings() {
        return embeddings;
    }

    @Override
    public ClassifiersService classifiers() {
        return classifiers;
    }

    @Override
    public OcrService ocr() {
        return ocr;
    }

    @Override
    public AudioService audio() {
        return audio;
    }

    @Override
    public AgentsService agents() {
        return agents;
    }

    @Override
    public ConversationsService conversations() {
        return conversations;
    }

    @Override
    public LibrariesService libraries() {
        return libraries;
    }

    @Override
    public ConnectorsService connectors() {
        return connectors;
    }

    @Override
    public ClientOptions options() {
        return options;
    }

    @Override
    public String transportName() {
        return transportName;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            closing.close();   // first: waits for jobs fail as closed, not with what closing the transport does to them
            asyncExecutor.shutdownNow();
            watchdog.close();
            transport.close();
        }
    }

    @Override
    public String toString() {
        return "MistralClient{" + options + '}';
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "mistral4j-async-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
