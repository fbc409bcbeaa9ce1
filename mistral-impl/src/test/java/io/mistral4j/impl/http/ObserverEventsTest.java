package io.mistral4j.impl.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.Headers;
import io.mistral4j.MistralClient;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.chat.ChatCompletionStream;
import io.mistral4j.errors.UnprocessableEntityException;
import io.mistral4j.impl.testing.FakeTransport;
import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.CallListener;
import io.mistral4j.spi.CallObserver;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The events a call's listener sees, in order: usage and the decoded result arrive before the
 * end (so a span can still take them), a stream reports what its events added up to, and an
 * observer or listener that throws is logged and skipped.
 */
class ObserverEventsTest {

    private static final String KEY = "sk-observer-events-0b1c2d";
    private static final String COMPLETION = "{\"id\":\"cmpl-9\",\"object\":\"chat.completion\",\"created\":1,"
            + "\"model\":\"mistral-small-2506\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
            + "\"content\":\"Hi\"},\"finish_reason\":\"stop\"}],"
            + "\"usage\":{\"prompt_tokens\":11,\"completion_tokens\":3,\"total_tokens\":14}}";
    private static final String STREAM = "data: {\"id\":\"cmpl-s\",\"model\":\"m-1\",\"choices\":[{\"index\":0,"
            + "\"delta\":{\"role\":\"assistant\",\"content\":\"Hel\"},\"finish_reason\":null}]}\n\n"
            + "data: {\"id\":\"cmpl-s\",\"model\":\"m-1\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"lo\"},"
            + "\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":4,\"completion_tokens\":2,"
            + "\"total_tokens\":6}}\n\n"
            + "data: [DONE]\n\n";

    private final FakeTransport transport = new FakeTransport();
    private final List<String> events = new CopyOnWriteArrayList<>();
    private MistralClient client;

    @AfterEach
    void close() {
        if (client != null) {
            client.close();
        }
    }

    private MistralClient client(CallObserver... observers) {
        MistralClient.Builder builder = MistralClient.builder().apiKey(KEY).baseUrl("https://api.example.test")
                .defaultHeader("X-Team", "search").transport(transport);
        for (CallObserver observer : observers) {
            builder.addObserver(observer);
        }
        client = builder.build();
        return client;
    }

    private static ChatCompletionRequest request() {
        return ChatCompletionRequest.builder().model("mistral-small-latest").addUserMessage("Hi").build();
    }

    @Test
    void aCompletionReportsUsageAndItsResultBeforeItEnds() {
        transport.answer(200, COMPLETION);

        client(new Recorder()).chat().complete(request());

        assertThat(events).containsExactly("start chat", "request https://api.example.test/v1/chat/completions",
                "response 200", "usage 11/3", "result cmpl-9 mistral-small-2506", "end");
    }

    @Test
    void anAsyncCompletionReportsTheSameEventsInTheSameOrder() {
        transport.answer(200, COMPLETION);

        client(new Recorder()).chat().completeAsync(request()).join();

        assertThat(events).containsExactly("start chat", "request https://api.example.test/v1/chat/completions",
                "response 200", "usage 11/3", "result cmpl-9 mistral-small-2506", "end");
    }

    @Test
    void aStreamReportsTheCompletionItsEventsAddUpToBeforeItEnds() {
        transport.answer(200, STREAM, "Content-Type", "text/event-stream");

        try (ChatCompletionStream stream = client(new Recorder()).chat().stream(request())) {
            stream.forEachRemaining(chunk -> events.add("chunk"));
        }

        assertThat(events).containsExactly("start chat", "request https://api.example.test/v1/chat/completions",
                "response 200", "first chunk", "chunk", "usage 4/2", "chunk", "result cmpl-s m-1 Hello", "end");
    }

    @Test
    void aStreamClosedEarlyReportsWhatItGotThenEnds() {
        transport.answer(200, STREAM, "Content-Type", "text/event-stream");

        try (ChatCompletionStream stream = client(new Recorder()).chat().stream(request())) {
            stream.next();
        }

        assertThat(events).endsWith("first chunk", "result cmpl-s m-1 Hel", "end");
    }

    @Test
    void aFailedCallHasNoResultAndEndsInError() {
        transport.answer(422, "{\"detail\":[{\"loc\":[\"body\",\"temperature\"],\"msg\":\"too high\","
                + "\"type\":\"less_than_equal\"}]}");

        assertThatThrownBy(() -> client(new Recorder()).chat().complete(request()))
                .isInstanceOf(UnprocessableEntityException.class);

        assertThat(events).containsExactly("start chat", "request https://api.example.test/v1/chat/completions",
                "response 422", "error UnprocessableEntityException");
    }

    @Test
    void anObserverOrListenerThatThrowsNeitherBreaksTheCallNorSilencesTheOthers() {
        transport.answer(200, COMPLETION);
        transport.answer(200, COMPLETION);
        CallObserver brokenAtStart = call -> {
            throw new IllegalStateException("broken observer");
        };
        CallObserver brokenListener = call -> new CallListener() {
            @Override
            public void onResult(Object result) {
                throw new IllegalStateException("broken listener");
            }

            @Override
            public void onEnd() {
                throw new IllegalStateException("broken listener");
            }
        };
        MistralClient observed = client(brokenAtStart, brokenListener, new Recorder());

        ChatCompletionResponse answer = observed.chat().complete(request());
        ChatCompletionResponse asyncAnswer = observed.chat().completeAsync(request()).join();

        assertThat(answer.text()).isEqualTo("Hi");
        assertThat(asyncAnswer.text()).isEqualTo("Hi");
        assertThat(events).containsExactly(
                "start chat", "request https://api.example.test/v1/chat/completions", "response 200", "usage 11/3",
                "result cmpl-9 mistral-small-2506", "end",
                "start chat", "request https://api.example.test/v1/chat/completions", "response 200", "usage 11/3",
                "result cmpl-9 mistral-small-2506", "end");
    }

    @Test
    void anObserverMayIgnoreACall() {
        transport.answer(200, COMPLETION);

        ChatCompletionResponse answer = client(call -> CallListener.NONE, call -> null).chat().complete(request());

        assertThat(answer.id()).isEqualTo("cmpl-9");
    }

    /** Writes each event as a short line. */
    private final class Recorder implements CallObserver {
        @Override
        public CallListener onStart(ApiCall call) {
            events.add("start " + call.operation());
            return new CallListener() {
                @Override
                public void onRequest(URI uri) {
                    events.add("request " + uri);
                }

                @Override
                public void onResponse(int statusCode, Headers headers) {
                    events.add("response " + statusCode);
                }

                @Override
                public void onFirstChunk() {
                    events.add("first chunk");
                }

                @Override
                public void onUsage(long inputTokens, long outputTokens) {
                    events.add("usage " + inputTokens + "/" + outputTokens);
                }

                @Override
                public void onResult(Object result) {
                    ChatCompletionResponse completion = (ChatCompletionResponse) result;
                    events.add("result " + completion.id() + " " + completion.model()
                            + (call.streaming() ? " " + completion.text() : ""));
                }

                @Override
                public void onEnd() {
                    events.add("end");
                }

                @Override
                public void onError(Throwable error) {
                    events.add("error " + error.getClass().getSimpleName());
                }
            };
        }
    }
}
