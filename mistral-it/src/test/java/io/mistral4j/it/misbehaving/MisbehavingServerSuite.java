package io.mistral4j.it.misbehaving;

import static org.assertj.core.api.Assertions.assertThat;

import io.mistral4j.MistralClient;
import io.mistral4j.RequestOptions;
import io.mistral4j.chat.ChatCompletionStream;
import io.mistral4j.chat.CompletionChunk;
import io.mistral4j.errors.ConflictException;
import io.mistral4j.errors.MistralConnectionException;
import io.mistral4j.errors.MistralException;
import io.mistral4j.errors.MistralTimeoutException;
import io.mistral4j.errors.UnauthorizedException;
import io.mistral4j.errors.ValidationException;
import io.mistral4j.models.ModelList;
import io.mistral4j.models.ModelListRequest;
import io.mistral4j.resilience.RateLimitPolicy;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The whole client against servers that misbehave in time, in retries, in headers and in
 * lifecycle, on the transport a subclass names. Every case must end within its bound with a
 * typed error (or its value), and a state-creating request must reach the server once. The
 * cases that need a small heap are in {@link BoundedMemorySuite}.
 */
@Timeout(30)
abstract class MisbehavingServerSuite {

    /** How long a call is watched before it is reported as hanging. */
    static final Duration WAIT = Duration.ofSeconds(12);
    /** The bound of the cases with a 3 s call timeout: the timeout and a margin for a loaded machine. */
    static final Duration THREE_SECONDS_AND_MARGIN = Duration.ofSeconds(8);

    private final ClientFixture fixture = new ClientFixture(transport());
    private final MisbehavingServer server = fixture.server();

    /** The transport provider's name: {@code jdk}, {@code httpclient5} or {@code netty}. */
    abstract String transport();

    @AfterEach
    void closeEverything() {
        fixture.close();
    }

    @Test
    void aDrippedBodyEndsAtTheCallTimeout() throws Exception {
        server.always(Behaviours.drip(200, Payloads.MODEL_LIST, 1));
        MistralClient client = fixture.client(b -> b.callTimeout(Duration.ofSeconds(3)));

        Outcome<ModelList> outcome = Outcome.of(() -> client.models().list(), WAIT);

        MistralTimeoutException timeout = outcome.failedWith(MistralTimeoutException.class, THREE_SECONDS_AND_MARGIN);
        assertThat(timeout.kind()).isEqualTo(MistralTimeoutException.Kind.OVERALL);
    }

    @Test
    void aDrippedBodyEndsAnAsynchronousCallAtTheCallTimeout() throws Exception {
        server.always(Behaviours.drip(200, Payloads.CHAT_COMPLETION, 1));
        MistralClient client = fixture.client(b -> b.callTimeout(Duration.ofSeconds(3)));

        Outcome<?> outcome = Outcome.of(() -> client.chat().completeAsync(ClientFixture.chatRequest()).get(), WAIT);

        MistralTimeoutException timeout = outcome.failedWith(MistralTimeoutException.class, THREE_SECONDS_AND_MARGIN);
        assertThat(timeout.kind()).isEqualTo(MistralTimeoutException.Kind.OVERALL);
    }

    @Test
    void aStreamOfCommentsOnlyEndsAtTheIdleOrCallTimeout() throws Exception {
        server.always(Behaviours.commentOnlyStream(200));
        MistralClient client = fixture.client(b -> b.callTimeout(Duration.ofSeconds(3))
                .streamIdleTimeout(Duration.ofSeconds(1)));

        Outcome<Integer> outcome = Outcome.of(
                () -> ClientFixture.drain(client.chat().stream(ClientFixture.chatRequest())), WAIT);

        MistralTimeoutException timeout = outcome.failedWith(MistralTimeoutException.class, THREE_SECONDS_AND_MARGIN);
        assertThat(timeout.kind()).isIn(MistralTimeoutException.Kind.IDLE, MistralTimeoutException.Kind.OVERALL);
    }

    @Test
    void aJobCreationDroppedAfterTheServerReadItIsSentOnce() throws Exception {
        server.always(Behaviours.dropAfterRequest());
        MistralClient client = fixture.client(b -> b);

        Outcome<?> outcome = Outcome.of(() -> client.fineTuning().create(ClientFixture.jobRequest()), WAIT);

        outcome.failedWith(MistralConnectionException.class, WAIT);
        assertThat(server.requests()).as("requests that reached the server").hasSize(1);
    }

    @Test
    void anUploadDroppedAfterTheServerReadItIsSentOnce() throws Exception {
        server.always(Behaviours.dropAfterRequest());
        MistralClient client = fixture.client(b -> b);

        Outcome<?> outcome = Outcome.of(() -> client.files().upload(ClientFixture.uploadRequest()), WAIT);

        outcome.failedWith(MistralConnectionException.class, WAIT);
        assertThat(server.requests()).as("requests that reached the server").hasSize(1);
    }

    @Test
    void aChatCompletionDroppedAfterTheServerReadItIsRetried() throws Exception {
        server.always(Behaviours.dropAfterRequest());
        MistralClient client = fixture.client(b -> b);

        Outcome<?> outcome = Outcome.of(() -> client.chat().complete(ClientFixture.chatRequest()), WAIT);

        outcome.failedWith(MistralConnectionException.class, WAIT);
        assertThat(server.requestCount()).as("requests that reached the server").isGreaterThan(1);
    }

    @Test
    void aConflictOnJobCreationIsNotRetried() throws Exception {
        server.always(Behaviours.json(409, Payloads.CONFLICT));
        MistralClient client = fixture.client(b -> b);

        Outcome<?> outcome = Outcome.of(() -> client.fineTuning().create(ClientFixture.jobRequest()), WAIT);

        outcome.failedWith(ConflictException.class, WAIT);
        assertThat(server.requests()).as("requests that reached the server").hasSize(1);
    }

    @Test
    void aNulInAHeaderValueFailsAtOnceBeforeTheWire() throws Exception {
        MistralClient client = fixture.client(b -> b.responseTimeout(Duration.ofSeconds(5)));

        Outcome<ModelList> outcome = Outcome.of(() -> client.models().withOptions(RequestOptions.builder().header("x-test", "a\u0000b").build()).list(ModelListRequest.all()), WAIT);

        ValidationException invalid = outcome.failedWith(ValidationException.class, Duration.ofSeconds(2));
        assertThat(invalid.getMessage()).contains("x-test");
        assertThat(server.requests()).as("requests that reached the server").isEmpty();
    }

    @Test
    void absurdRateLimitHeadersOnASuccessLeaveTheValueAlone() throws Exception {
        // Beyond a long, in a long but absurd, and negative: none of it may break a good answer.
        Map<String, String> absurd = new LinkedHashMap<>();
        absurd.put("x-ratelimit-remaining-tokens-minute", "99999999999999999999999");
        absurd.put("x-ratelimit-limit-tokens-minute", Long.toString(Long.MAX_VALUE));
        absurd.put("x-ratelimit-limit-req-minute", "-5");
        absurd.put("x-ratelimit-remaining-req-minute", "-1");
        absurd.put("x-ratelimit-tokens-query-cost", Long.toString(Long.MAX_VALUE));
        server.enqueue(Behaviours.json(200, Payloads.CHAT_COMPLETION, absurd))
                .always(Behaviours.json(200, Payloads.MODEL_LIST, absurd));
        MistralClient client = fixture.client(b -> b.rateLimit(RateLimitPolicy.builder().requestsPerSecond(50)
                .tokensPerMinute(1_000_000).learnFromHeaders(true).maxWait(Duration.ofSeconds(1)).build()));

        Outcome<?> chat = Outcome.of(() -> client.chat().complete(ClientFixture.chatRequest()), WAIT);
        Outcome<ModelList> list = Outcome.of(() -> client.models().list(), WAIT);

        assertThat(chat.returned()).isNotNull();
        // The second call comes after the absurd numbers were learnt: it may be paced, never broken.
        assertThat(list.ended()).as("%s", list).isTrue();
        if (list.failure() != null) {
            assertThat(list.failure()).as("%s", list).isInstanceOf(MistralException.class);
        } else {
            assertThat(list.value().data()).hasSize(1);
        }
    }

    @Test
    void aStreamDroppedWithoutCloseGivesItsConnectionBack() throws Exception {
        server.enqueue(Behaviours.sseThenHold(Payloads.chunkEvent("Hi")));
        MistralClient client = clientWithOneConnection();

        openReadOnceAndDrop(client);
        CompletableFuture<ModelList> next = client.models().listAsync(ModelListRequest.all());
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!next.isDone() && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(100);
        }

        assertThat(next).as("the next call, with the only connection held by a dropped stream")
                .succeedsWithin(Duration.ZERO).extracting(list -> list.data().size()).isEqualTo(1);
    }

    @Test
    void aStreamClosedEarlyGivesItsConnectionBackAtOnce() throws Exception {
        server.enqueue(Behaviours.sseThenHold(Payloads.chunkEvent("Hi")));
        MistralClient client = clientWithOneConnection();

        try (ChatCompletionStream stream = client.chat().stream(ClientFixture.chatRequest())) {
            assertThat(stream.next().text()).isEqualTo("Hi");
        }
        Outcome<ModelList> next = Outcome.of(() -> client.models().list(), WAIT);

        assertThat(next.returned().data()).hasSize(1);
        assertThat(next.elapsed()).as("%s", next).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aServerEchoingTheKeyDoesNotPutItInTheException() throws Exception {
        server.always(Behaviours.unauthorizedEchoingCredentials());
        MistralClient client = fixture.client(b -> b);

        Outcome<ModelList> outcome = Outcome.of(() -> client.models().list(), WAIT);

        UnauthorizedException unauthorized = outcome.failedWith(UnauthorizedException.class, WAIT);
        assertThat(server.requests().get(0).header("authorization")).contains(ClientFixture.API_KEY);
        assertThat(unauthorized.getMessage()).isNotBlank().doesNotContain(ClientFixture.API_KEY);
        assertThat(unauthorized.toString()).doesNotContain(ClientFixture.API_KEY);
    }

    /**
     * One connection at most, and deadlines far away so that only releasing the connection can
     * let a next call through. A transport that refuses {@code maxConnections(1)} at build time
     * (rather than ignoring it) skips the case.
     */
    private MistralClient clientWithOneConnection() {
        try {
            return fixture.client(b -> b.maxConnections(1).callTimeout(Duration.ofSeconds(60))
                    .streamIdleTimeout(Duration.ofSeconds(60)));
        } catch (ValidationException refused) {
            Assumptions.abort(transport() + " refuses maxConnections(1): " + refused.getMessage());
            throw refused;
        }
    }

    /** Opens a stream, reads its first event and lets go of it without closing it. */
    private static void openReadOnceAndDrop(MistralClient client) {
        ChatCompletionStream stream = client.chat().stream(ClientFixture.chatRequest());
        CompletionChunk first = stream.next();
        assertThat(first.text()).isEqualTo("Hi");
    }
}
