package io.mistral4j.impl.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.mistral4j.ApiResponse;
import io.mistral4j.MistralClient;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.ChatCompletionResponse;
import io.mistral4j.chat.ChatCompletionStream;
import io.mistral4j.spi.CallListener;
import io.mistral4j.spi.CallObserver;
import io.mistral4j.tck.simulator.MistralSimulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs successful, streamed and failing calls with a known key and proves the key appears in
 * no log line, exception, toString or observer event.
 */
class SecretLeakTest {

    private static final String KEY = "sk-leak-canary-7d3f9b2e1a";

    @Test
    void theKeyAppearsNowhere() {
        List<String> seen = new ArrayList<>();
        CallObserver recorder = call -> {
            seen.add(String.valueOf(call));
            seen.add(String.valueOf(call.request()));
            return new CallListener() {
                @Override
                public void onError(Throwable error) {
                    seen.add(String.valueOf(error));
                }
            };
        };
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream originalErr = System.err;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try (MistralSimulator accepting = MistralSimulator.builder().apiKey(KEY).start();
             MistralSimulator refusing = MistralSimulator.builder().apiKey("sk-another-key").start();
             MistralClient good = client(accepting, recorder);
             MistralClient refused = client(refusing, recorder)) {
            ChatCompletionRequest request = ChatCompletionRequest.builder().model("mistral-small-latest")
                    .addUserMessage("hello").build();

            ApiResponse<ChatCompletionResponse> raw = good.chat().withRawResponse().complete(request);
            seen.add(raw.toString());
            seen.add(raw.headers().toString());
            seen.add(raw.rawBody());
            try (ChatCompletionStream stream = good.chat().stream(request)) {
                stream.forEachRemaining(chunk -> seen.add(chunk.toString()));
            }
            seen.add(good.toString());
            seen.add(good.options().toString());
            seen.add(good.options().authProvider().toString());
            collectFailure(seen, () -> refused.chat().complete(request));
            collectFailure(seen, () -> refused.chat().stream(request));
            collectFailure(seen, () -> refused.chat().completeAsync(request).join());
            collectFailure(seen, () -> good.chat().complete(request.toBuilder().model("no-such-model").build()));
        } finally {
            System.setErr(originalErr);
        }
        String logged = log.toString(StandardCharsets.UTF_8);

        assertThat(logged).as("the DEBUG call lines were captured").contains("POST /v1/chat/completions -> 200");
        assertThat(logged).contains("-> 401");
        assertThat(seen).hasSizeGreaterThan(10);
        assertThat(logged).doesNotContain(KEY);
        assertThat(seen).allSatisfy(text -> assertThat(text).doesNotContain(KEY));
    }

    private static MistralClient client(MistralSimulator simulator, CallObserver observer) {
        return MistralClient.builder().apiKey(KEY).baseUrl(simulator.baseUrl()).addObserver(observer).build();
    }

    private static void collectFailure(List<String> seen, Runnable call) {
        try {
            call.run();
            throw new AssertionError("expected a failure");
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                seen.add(t.toString());
                java.io.StringWriter trace = new java.io.StringWriter();
                t.printStackTrace(new java.io.PrintWriter(trace));
                seen.add(trace.toString());
            }
        }
    }
}
