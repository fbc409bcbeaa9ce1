package io.mistral4j;

import io.mistral4j.agents.AgentsService;
import io.mistral4j.audio.AudioService;
import io.mistral4j.conversations.ConversationsService;
import io.mistral4j.batch.BatchService;
import io.mistral4j.chat.ChatService;
import io.mistral4j.classifiers.ClassifiersService;
import io.mistral4j.embeddings.EmbeddingsService;
import io.mistral4j.errors.ValidationException;
import io.mistral4j.files.FilesService;
import io.mistral4j.connectors.ConnectorsService;
import io.mistral4j.libraries.LibrariesService;
import io.mistral4j.fim.FimService;
import io.mistral4j.finetuning.FineTuningService;
import io.mistral4j.models.ModelsService;
import io.mistral4j.ocr.OcrService;
import io.mistral4j.resilience.CircuitBreakerPolicy;
import io.mistral4j.resilience.RateLimitPolicy;
import io.mistral4j.resilience.ResilienceSettings;
import io.mistral4j.resilience.RetryPolicy;
import io.mistral4j.spi.AuthProvider;
import io.mistral4j.spi.BudgetStore;
import io.mistral4j.spi.CallObserver;
import io.mistral4j.spi.RequestHeaderPropagator;
import io.mistral4j.spi.HttpTransport;
import io.mistral4j.spi.MistralClientFactory;
import io.mistral4j.spi.TransportConfig;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import javax.net.ssl.SSLContext;

/**
 * The entry point: one client per application (it pools connections), thread-safe, closed
 * when the application stops.
 *
 * <pre>{@code
 * try (MistralClient client = MistralClient.fromEnv()) {
 *     ChatCompletionResponse answer = client.chat().complete(ChatCompletionRequest.builder()
 *             .model("mistral-small-latest")
 *             .addUserMessage("Say hello")
 *             .build());
 *     System.out.println(answer.text());
 * }
 * }</pre>
 */
public interface MistralClient extends AutoCloseable {

    /** The public Mistral API. */
    String DEFAULT_BASE_URL = "https://api.mistral.ai";

    /** Chat completions: plain, streamed, with tools and structured output. */
    ChatService chat();

    /** Models: list, retrieve, and manage your fine-tuned models. */
    ModelsService models();

    /** Files: upload, list, download (streamed), delete, signed URLs. */
    FilesService files();

    /**
     * Fine-tuning jobs.
     *
     * @deprecated the API retired {@code /v1/fine_tuning/jobs} and answers {@code 410 Gone}
     *     ({@link io.mistral4j.errors.GoneException}); see {@link FineTuningService}.
     */
    @Deprecated
    FineTuningService fineTuning();

    /** Batch jobs and their input and result files. */
    BatchService batch();
    /** Fill-in-the-middle code completion, plain and streamed. */
    FimService fim();

    /** Text embeddings. */
    EmbeddingsService embeddings();

    /** Moderation and classification of texts and conversations. */
    ClassifiersService classifiers();

    /** Document and image OCR. */
    OcrService ocr();

    /** Audio: speech to text, plain or streamed. */
    AudioService audio();

    /** Agents: create, version and alias them, and have them answer (plain or streamed). */
    AgentsService agents();

    /** Conversations with agents and models: started, appended to, restarted, streamed as events. */
    ConversationsService conversations();

    /** Document libraries: libraries, their documents and processing, and sharing. */
    LibrariesService libraries();

    /** Connectors: MCP servers, their tools, authentication and credentials at each level. */
    ConnectorsService connectors();

    /** The configuration this client was built with. */
    ClientOptions options();

    /**
     * The HTTP transport this client sends with: its provider's name ({@code "jdk"},
     * {@code "netty"}, {@code "httpclient5"}), or the class name of a transport given to
     * {@link Builder#transport(HttpTransport)}. Which one is chosen depends on the class path,
     * {@link Builder#transport(String)} and {@code -Dmistral4j.transport}; the client also logs it
     * at DEBUG when built.
     */
    String transportName();

    /** Releases connections and threads. Calls in flight may fail. */
    @Override
    void close();

    /**
     * A builder with the defaults ({@link #DEFAULT_BASE_URL}, the default retry policy and circuit
     * breaker); an API key or an auth provider must be set before {@code build()}.
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * A client configured from the environment: {@code MISTRAL_API_KEY} (required) and
     * {@code MISTRAL_BASE_URL} (optional).
     */
    static MistralClient fromEnv() {
        return builder().fromEnv().build();
    }

    /**
     * Builds a {@link MistralClient}; the implementation is found with {@link ServiceLoader}.
     * Every timeout must be positive; one longer than {@link Durations#MAX} (ten years) is cut to
     * it, so that {@code Duration.ofSeconds(Long.MAX_VALUE)} can stand for "no limit". Headers
     * are checked as they are given (see {@link Headers}). {@code toString} shows neither the key
     * nor the base URL's user information.
     */
    final class Builder {
        private ApiKey apiKey;
        private URI baseUrl = URI.create(DEFAULT_BASE_URL);
        private Duration connectTimeout = TransportConfig.DEFAULT_CONNECT_TIMEOUT;
        private Duration readTimeout = TransportConfig.DEFAULT_READ_TIMEOUT;
        private Duration callTimeout = ClientOptions.DEFAULT_CALL_TIMEOUT;
        private final Headers.Builder defaultHeaders = Headers.builder();
        private String transportName;
        private HttpTransport transport;
        private AuthProvider authProvider;
        private final List<CallObserver> observers = new ArrayList<>();
        private final List<RequestHeaderPropagator> headerPropagators = new ArrayList<>();
        private int maxConnections = 64;
        private ProxySelector proxy;
        private SSLContext sslContext;
        private Map<String, String> environment = System.getenv();
        private RetryPolicy retry = RetryPolicy.defaults();
        private CircuitBreakerPolicy circuitBreaker = CircuitBreakerPolicy.defaults();
        private final Map<String, CircuitBreakerPolicy> circuitBreakerGroups = new LinkedHashMap<>();
        private RateLimitPolicy rateLimit = RateLimitPolicy.disabled();
        private BudgetStore budgetStore;
        private Duration responseTimeout = ResilienceSettings.DEFAULT_RESPONSE_TIMEOUT;
        private Duration streamIdleTimeout = ResilienceSettings.DEFAULT_STREAM_IDLE_TIMEOUT;
        private Long maxResponseBytes;
        private long maxEventBytes = ResponseLimits.DEFAULT_MAX_EVENT_BYTES;

        private Builder() {
        }

        /**
         * The API key sent as a bearer token; a blank key or one with control characters is a {@link
         * ValidationException}. Never printed.
         */
        public Builder apiKey(String apiKey) {
            this.apiKey = ApiKey.of(apiKey);
            return this;
        }

        /** The API key sent as a bearer token, already wrapped. Never printed. */
        public Builder apiKey(ApiKey apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        /** The API root, e.g. {@code https://api.eu.mistral.ai} or a compatible server. */
        public Builder baseUrl(String baseUrl) {
            if (baseUrl == null || baseUrl.isBlank()) {
                throw new ValidationException("baseUrl", "must not be blank");
            }
            try {
                return baseUrl(new URI(baseUrl.strip()));
            } catch (URISyntaxException e) {
                // The reason and position only: the text itself may hold a password.
                throw new ValidationException("baseUrl", "is not a valid URI: " + e.getReason() + " at index "
                        + e.getIndex());
            }
        }

        /**
         * The API root, e.g. {@code https://api.mistral.ai} (the default); checked when the client is
         * built.
         */
        public Builder baseUrl(URI baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        /** Time to establish a connection (default 10 s). */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        /**
         * Longest silence of one read of an answer's bytes (default 60 s); the wait between two
         * stream events is {@link #streamIdleTimeout(Duration)}.
         */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = timeout;
            return this;
        }

        /** Overall deadline of one call, all attempts and waits between them included (default 10 min). */
        public Builder callTimeout(Duration timeout) {
            this.callTimeout = timeout;
            return this;
        }

        /** Longest wait of one attempt for the status line and headers (default 5 min). */
        public Builder responseTimeout(Duration timeout) {
            this.responseTimeout = timeout;
            return this;
        }

        /** Longest wait between two events of a streamed answer (default 60 s). */
        public Builder streamIdleTimeout(Duration timeout) {
            this.streamIdleTimeout = timeout;
            return this;
        }

        /**
         * Largest answer read whole into memory (default: 256 MiB, or a quarter of the heap when
         * smaller). A larger answer ends the call with a
         * {@link io.mistral4j.errors.ResponseTooLargeException}; downloads are streamed and not bounded.
         */
        public Builder maxResponseBytes(long bytes) {
            this.maxResponseBytes = bytes;
            return this;
        }

        /** Largest line or event of a streamed answer, and most bytes before its first event (default 8 MiB). */
        public Builder maxEventBytes(long bytes) {
            this.maxEventBytes = bytes;
            return this;
        }

        /** How failed calls are retried (default {@link RetryPolicy#defaults()}); {@link RetryPolicy#disabled()} turns retries off. */
        public Builder retry(RetryPolicy policy) {
            this.retry = policy;
            return this;
        }

        /** The client-wide circuit breaker (default {@link CircuitBreakerPolicy#defaults()}). */
        public Builder circuitBreaker(CircuitBreakerPolicy policy) {
            this.circuitBreaker = policy;
            return this;
        }

        /**
         * A breaker of its own for an endpoint group: the operations named {@code endpointGroup}
         * or starting with {@code endpointGroup + "."}, e.g. {@code files} or {@code fine_tuning.jobs}.
         */
        public Builder circuitBreaker(String endpointGroup, CircuitBreakerPolicy policy) {
            if (endpointGroup == null || endpointGroup.isBlank()) {
                throw new ValidationException("circuitBreaker.endpointGroup", "must not be blank");
            }
            this.circuitBreakerGroups.put(endpointGroup.strip(), policy);
            return this;
        }

        /** Client-side request and token budgets (default {@link RateLimitPolicy#disabled()}). */
        public Builder rateLimit(RateLimitPolicy policy) {
            this.rateLimit = policy;
            return this;
        }

        /**
         * Keeps the {@link #rateLimit(RateLimitPolicy) rate and token budgets} in {@code store}, e.g.
         * one shared by every instance of a service through Redis. Unset (null), a store found through
         * a {@link io.mistral4j.spi.BudgetStoreProvider} is used, else the client's memory. The client
         * never closes the store.
         */
        public Builder budgetStore(BudgetStore store) {
            this.budgetStore = store;
            return this;
        }

        /** A header sent with every call; a name or value that cannot be sent is refused here (see {@link Headers}). */
        public Builder defaultHeader(String name, String value) {
            Headers.checkName("defaultHeader", name);
            this.defaultHeaders.set(name, Headers.checkValue("defaultHeader[" + name + "]", value));
            return this;
        }

        /** Picks a transport provider by name, e.g. {@code jdk}; overrides {@code -Dmistral4j.transport}. */
        public Builder transport(String providerName) {
            this.transportName = providerName;
            return this;
        }

        /** Uses this transport instance; the client closes it when it is closed. */
        public Builder transport(HttpTransport transport) {
            this.transport = transport;
            return this;
        }

        /**
         * The most pooled connections per host the transport keeps open (default 64); at least 1, checked
         * by {@code build()}.
         */
        public Builder maxConnections(int maxConnections) {
            this.maxConnections = maxConnections;
            return this;
        }

        /** The proxy selector the transport connects through; unset (null) connects directly. */
        public Builder proxy(ProxySelector proxy) {
            this.proxy = proxy;
            return this;
        }

        /**
         * The TLS context for HTTPS connections, e.g. with your own trust store; unset (null) uses the
         * JVM's default.
         */
        public Builder sslContext(SSLContext sslContext) {
            this.sslContext = sslContext;
            return this;
        }

        /** Authenticates requests another way than with the API key as a bearer token. */
        public Builder authProvider(AuthProvider authProvider) {
            this.authProvider = authProvider;
            return this;
        }

        /**
         * Reports this client's calls to {@code observer} too. It replaces an observer of the same
         * class found through ServiceLoader (e.g. OpenTelemetry's, given another instance), so a
         * call is never reported twice.
         */
        public Builder addObserver(CallObserver observer) {
            if (observer == null) {
                throw new ValidationException("observer", "must not be null");
            }
            this.observers.add(observer);
            return this;
        }

        /**
         * Adds the headers {@code propagator} gives to each call's request (e.g. a trace
         * context), within the limits {@link RequestHeaderPropagator} states: it only adds, and
         * never credentials. It replaces a propagator of the same class found through
         * ServiceLoader.
         */
        public Builder addHeaderPropagator(RequestHeaderPropagator propagator) {
            if (propagator == null) {
                throw new ValidationException("propagator", "must not be null");
            }
            this.headerPropagators.add(propagator);
            return this;
        }

        /** Reads {@code MISTRAL_API_KEY} and, when set, {@code MISTRAL_BASE_URL}. */
        public Builder fromEnv() {
            String key = environment.get("MISTRAL_API_KEY");
            if (key == null || key.isBlank()) {
                throw new ValidationException("MISTRAL_API_KEY", "the environment variable is not set");
            }
            apiKey(key);
            String url = environment.get("MISTRAL_BASE_URL");
            if (url != null && !url.isBlank()) {
                baseUrl(url);
            }
            return this;
        }

        /** Replaces the environment {@link #fromEnv()} reads; for tests. */
        Builder environment(Map<String, String> environment) {
            this.environment = Map.copyOf(environment);
            return this;
        }

        /** Validates the settings and creates the client. */
        public MistralClient build() {
            ClientOptions validated = options(); // a bad setting is reported before anything is looked up
            return findFactory().create(validated);
        }

        ClientOptions options() {
            if (apiKey == null && authProvider == null) {
                throw new ValidationException("apiKey", "is required (or set an authProvider, or use fromEnv())");
            }
            requireHttpUrl();
            // Each is cut to Durations.MAX, so that no deadline arithmetic can overflow.
            Duration connect = Durations.requirePositive("connectTimeout", connectTimeout);
            Duration read = Durations.requirePositive("readTimeout", readTimeout);
            Duration call = Durations.requirePositive("callTimeout", callTimeout);
            Duration response = Durations.requirePositive("responseTimeout", responseTimeout);
            Duration streamIdle = Durations.requirePositive("streamIdleTimeout", streamIdleTimeout);
            requireSet("retry", retry);
            requireSet("circuitBreaker", circuitBreaker);
            circuitBreakerGroups.forEach((group, policy) -> requireSet("circuitBreaker[" + group + "]", policy));
            requireSet("rateLimit", rateLimit);
            if (maxConnections <= 0) {
                throw new ValidationException("maxConnections", "must be at least 1, was " + maxConnections);
            }
            AuthProvider auth = authProvider != null ? authProvider : AuthProvider.bearer(apiKey);
            TransportConfig transportConfig = new TransportConfig(connect, read, maxConnections, proxy, sslContext);
            return new ClientOptions(apiKey, normalizedBaseUrl(), call, defaultHeaders.build(), transportConfig,
                    transportName, transport, auth, observers, new ResilienceSettings(retry, circuitBreaker,
                    circuitBreakerGroups, rateLimit, response, streamIdle),
                    new ResponseLimits(maxResponseBytes == null ? ResponseLimits.defaults().maxResponseBytes()
                            : maxResponseBytes, maxEventBytes), headerPropagators, budgetStore);
        }

        private static void requireSet(String name, Object policy) {
            if (policy == null) {
                throw new ValidationException(name, "must not be null (use the policy's disabled() to turn it off)");
            }
        }

        private void requireHttpUrl() {
            if (baseUrl == null) {
                throw new ValidationException("baseUrl", "must not be null");
            }
            String scheme = baseUrl.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || baseUrl.getHost() == null) {
                throw new ValidationException("baseUrl", "must be an absolute http(s) URL, was '"
                        + Redaction.uri(baseUrl) + "'");
            }
        }

        private URI normalizedBaseUrl() {
            String text = baseUrl.toString();
            while (text.endsWith("/")) {
                text = text.substring(0, text.length() - 1);
            }
            return URI.create(text);
        }

        private static MistralClientFactory findFactory() {
            MistralClientFactory best = null;
            List<String> broken = new ArrayList<>();
            ServiceLoader<MistralClientFactory> loader = ServiceLoader.load(MistralClientFactory.class);
            var iterator = loader.iterator();
            while (true) {
                try {
                    if (!iterator.hasNext()) {
                        break;
                    }
                    MistralClientFactory candidate = iterator.next();
                    if (best == null || candidate.priority() > best.priority()) {
                        best = candidate;
                    }
                } catch (ServiceConfigurationError e) {
                    broken.add(e.getMessage());
                }
            }
            if (best == null) {
                throw new io.mistral4j.errors.MistralException("No Mistral4J implementation found: add the "
                        + "io.mistral4j:mistral-impl module to the class path"
                        + (broken.isEmpty() ? "" : "; broken providers: " + broken));
            }
            return best;
        }

        @Override
        public String toString() {
            return "MistralClient.Builder{baseUrl=" + Redaction.uri(baseUrl) + ", apiKey=" + (apiKey == null ? "unset" : apiKey) + '}';
        }
    }
}
