package io.mistral4j.impl.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.mistral4j.MistralClient;
import io.mistral4j.RequestOptions;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.ChatCompletionStream;
import io.mistral4j.errors.BadRequestException;
import io.mistral4j.errors.CircuitOpenException;
import io.mistral4j.errors.InternalServerException;
import io.mistral4j.errors.MistralConnectionException;
import io.mistral4j.errors.MistralDecodingException;
import io.mistral4j.errors.MistralServiceException;
import io.mistral4j.errors.RateLimitException;
import io.mistral4j.files.FileUploadRequest;
import io.mistral4j.files.UploadContent;
import io.mistral4j.impl.TestClients;
import io.mistral4j.impl.testing.FakeTiming;
import io.mistral4j.resilience.RateLimitPolicy;
import io.mistral4j.resilience.RetryPolicy;
import io.mistral4j.spi.ApiCall;
import io.mistral4j.spi.CallListener;
import io.mistral4j.spi.CallObserver;
import io.mistral4j.tck.simulator.Fault;
import io.mistral4j.tck.simulator.InjectedFault;
import io.mistral4j.tck.simulator.MistralSimulator;
import io.mistral4j.tck.simulator.RecordedRequest;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * 10,000 calls through 16 threads against a simulator that misbehaves on 30% of the requests,
 * with every kind of fault: each call must end in the right answer (a streamed one never
 * delivered twice) or in a typed error that the fault on its last attempt explains; the
 * attempts, faults and outcomes must add up; a quarter of the calls are uploads, which create
 * state and so reach the server again only after a 429; and no thread or connection may be
 * left behind.
 * Waits between retries are on a fake clock, and the only real waits are the short idle
 * timeouts of the stalled answers, so it runs in seconds.
 */
@Tag("soak")
class ResilienceSoakTest {

    private static final String CHAT = "POST /v1/chat/completions";
    private static final String FILES = "POST /v1/files";
    private static final String CALL_HEADER = "X-Soak-Call";
    private static final int CALLS = 10_000;
    private static final int THREADS = 16;
    private static final int FAULT_PERMILLE = 300;
    private static final List<String> PROMPTS = List.of("Say hello", "Tell me about lighthouses",
            "Name three rivers", "Describe a storm at sea", "Count to five", "What is a haiku?");
    private static final List<Fault> FAULTS = List.of(
            Fault.status(503).withHeader("Retry-After", "0"),
            Fault.status(500),
            Fault.status(502),
            Fault.status(504),
            Fault.status(408),
            Fault.rateLimited("0").withHeader("retry-after-ms", "1"),
            Fault.status(400),
            Fault.resetBeforeResponse(),
            Fault.resetDuringBody(),
            Fault.cutStreamAfter(0),
            Fault.cutStreamAfter(1),
            Fault.stallStreamAfter(0, Duration.ofMillis(1500)),
            Fault.malformedJson(),
            Fault.truncatedJson(),
            Fault.latency(Duration.ZERO));

    /** The retries of each call, by the call number its extra header carries. */
    private static final class RetriesByCall implements CallObserver {
        final Map<Integer, List<Throwable>> causes = new ConcurrentHashMap<>();

        @Override
        public CallListener onStart(ApiCall call) {
            int number = Integer.parseInt(call.options().extraHeaders().first(CALL_HEADER).orElseThrow());
            return new CallListener() {
                @Override
                public void onRetry(int attempt, Throwable cause, Duration delay) {
                    causes.computeIfAbsent(number, k -> new CopyOnWriteArrayList<>()).add(cause);
                }
            };
        }

        int retries(int call) {
            return causes.getOrDefault(call, List.of()).size();
        }
    }

    /** How one call ended; {@code text} is the chat answer, or the uploaded file's name. */
    private record Outcome(int call, boolean streaming, String text, Throwable error) {
    }

    /** A quarter of the calls upload a file, half of those asynchronously. */
    private static boolean isUpload(int call) {
        return call % 4 == 2;
    }

    private static String fileName(int call) {
        return "soak-" + call + ".jsonl";
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void everyCallEndsInTheRightAnswerOrAnExplainedTypedError() throws Exception {
        int threadsBefore = liveThreads();
        long started = System.nanoTime();
        Map<String, String> expected = new HashMap<>();
        List<Outcome> outcomes = new ArrayList<>(CALLS);
        RetriesByCall retries = new RetriesByCall();
        int socketsDuring;

        try (MistralSimulator simulator = MistralSimulator.start()) {
            FakeTiming timing = new FakeTiming();
            try (MistralClient client = TestClients.build(MistralClient.builder().apiKey("sk-soak")
                    .baseUrl(simulator.baseUrl())
                    .retry(RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(1))
                            .maxBackoff(Duration.ofMillis(5)).jitter(0.5).build())
                    .rateLimit(RateLimitPolicy.builder().requestsPerSecond(1_000_000).tokensPerMinute(1_000_000_000L)
                            .learnFromHeaders(false).build())
                    .readTimeout(Duration.ofMillis(600))
                    .streamIdleTimeout(Duration.ofMillis(600))
                    .addObserver(retries), timing)) {
                for (String prompt : PROMPTS) {
                    expected.put(prompt, client.chat().complete(ask(prompt)).text());
                }
                simulator.clearRequests();
                simulator.resetCallCounts();
                simulator.faults().on(CHAT).plan(ResilienceSoakTest::faultFor);
                simulator.faults().on(FILES).plan(ResilienceSoakTest::faultFor);

                ExecutorService pool = Executors.newFixedThreadPool(THREADS);
                List<Future<Outcome>> futures = new ArrayList<>(CALLS);
                for (int i = 0; i < CALLS; i++) {
                    int call = i;
                    futures.add(pool.submit(() -> run(client, call)));
                }
                for (Future<Outcome> future : futures) {
                    outcomes.add(future.get(2, TimeUnit.MINUTES));
                }
                pool.shutdown();
                assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
                socketsDuring = openSockets();

                verify(simulator, expected, outcomes, retries, socketsDuring, started);
            }
        }
        assertNoThreadLeak(threadsBefore);
    }

    private static Outcome run(MistralClient client, int call) {
        String prompt = PROMPTS.get(call % PROMPTS.size());
        boolean streaming = call % 4 == 0;
        RequestOptions options = RequestOptions.builder().header(CALL_HEADER, Integer.toString(call)).build();
        StringBuilder text = new StringBuilder();
        try {
            if (streaming) {
                try (ChatCompletionStream stream = client.chat().withOptions(options).stream(ask(prompt))) {
                    stream.forEachRemaining(chunk -> text.append(chunk.text()));
                }
            } else if (isUpload(call)) {
                FileUploadRequest upload = FileUploadRequest.builder()
                        .file(UploadContent.of(("{\"n\":" + call + "}\n").getBytes(StandardCharsets.UTF_8), fileName(call)))
                        .build();
                text.append(call % 8 == 2 ? client.files().withOptions(options).upload(upload).filename()
                        : client.files().withOptions(options).uploadAsync(upload).get(1, TimeUnit.MINUTES).filename());
            } else if (call % 4 == 1) {
                text.append(client.chat().withOptions(options).completeAsync(ask(prompt)).get(1, TimeUnit.MINUTES).text());
            } else {
                text.append(client.chat().withOptions(options).complete(ask(prompt)).text());
            }
            return new Outcome(call, streaming, text.toString(), null);
        } catch (java.util.concurrent.ExecutionException e) {
            return new Outcome(call, streaming, text.toString(), e.getCause());
        } catch (Exception e) {
            return new Outcome(call, streaming, text.toString(), e);
        }
    }

    private static void verify(MistralSimulator simulator, Map<String, String> expected, List<Outcome> outcomes,
                               RetriesByCall retries, int socketsDuring, long started) {
        List<RecordedRequest> requests = simulator.requests();
        Map<Integer, List<RecordedRequest>> attemptsByCall = new HashMap<>();
        for (RecordedRequest request : requests) {
            attemptsByCall.computeIfAbsent(Integer.parseInt(request.header(CALL_HEADER)), k -> new ArrayList<>())
                    .add(request);
        }
        IdentityHashMap<RecordedRequest, Fault> faultOf = new IdentityHashMap<>();
        for (InjectedFault injected : simulator.injectedFaults()) {
            faultOf.put(injected.request(), injected.fault());
        }

        List<String> unexplained = new ArrayList<>();
        Map<String, Integer> outcomeCounts = new TreeMap<>();
        Map<String, Integer> faultCounts = new TreeMap<>();
        faultOf.values().forEach(fault -> faultCounts.merge(fault.kind() + (fault.status() > 0 ? " " + fault.status() : ""), 1, Integer::sum));
        int successes = 0;
        int failures = 0;
        int uploadsRetried = 0;
        int uploadSuccesses = 0;
        int unseenAttempts = 0;
        int lostAnswers = 0;
        for (Outcome outcome : outcomes) {
            List<RecordedRequest> attempts = attemptsByCall.getOrDefault(outcome.call, List.of());
            int clientAttempts = 1 + retries.retries(outcome.call);
            // An attempt can fail on its way, on a connection the server is closing: it never
            // reaches the server, and the client sees a connection failure.
            int unseen = clientAttempts - attempts.size();
            long connectionFailures = retries.causes.getOrDefault(outcome.call, List.of()).stream()
                    .filter(cause -> cause instanceof MistralConnectionException).count()
                    + (outcome.error instanceof MistralConnectionException ? 1 : 0);
            if (unseen < 0 || unseen > connectionFailures) {
                unexplained.add("call " + outcome.call + " made " + clientAttempts + " attempts, the server saw "
                        + attempts.size() + "; retried for " + retries.causes.get(outcome.call) + ", ended with " + outcome.error);
            }
            unseenAttempts += Math.max(0, unseen);
            String answer = isUpload(outcome.call) ? fileName(outcome.call)
                    : expected.get(PROMPTS.get(outcome.call % PROMPTS.size()));
            if (isUpload(outcome.call)) {
                uploadsRetried += retries.retries(outcome.call) > 0 ? 1 : 0;
                unexplained.addAll(duplicatedWork(outcome, attempts, faultOf, retries));
            }
            if (attempts.size() > 3) {
                unexplained.add("call " + outcome.call + " made " + attempts.size() + " attempts");
            }
            if (outcome.error == null) {
                successes++;
                uploadSuccesses += isUpload(outcome.call) ? 1 : 0;
                outcomeCounts.merge("success", 1, Integer::sum);
                if (!outcome.text.equals(answer)) {
                    unexplained.add("call " + outcome.call + " answered '" + outcome.text + "' instead of '" + answer + "'");
                }
                continue;
            }
            failures++;
            outcomeCounts.merge(outcome.error.getClass().getSimpleName(), 1, Integer::sum);
            if (!answer.startsWith(outcome.text)) {
                unexplained.add("call " + outcome.call + " delivered '" + outcome.text + "', not a prefix of the answer");
            }
            if (outcome.error instanceof CircuitOpenException) {
                continue; // the breaker's own decision, made from earlier failures
            }
            Fault last = attempts.isEmpty() ? null : faultOf.get(attempts.get(attempts.size() - 1));
            // The answer to the last attempt can be lost on its way back the same way: the JDK client
            // read no byte from a pooled connection the server closed after an earlier fault on it.
            boolean answerLost = last == null && outcome.error instanceof MistralConnectionException
                    && String.valueOf(outcome.error.getMessage()).contains("received no bytes");
            if (answerLost) {
                lostAnswers++;
            }
            boolean lostOnTheWay = unseen > 0 && outcome.error instanceof MistralConnectionException || answerLost;
            if (!lostOnTheWay && !explains(last, outcome.error)) {
                unexplained.add("call " + outcome.call + " failed with " + outcome.error + " after " + attempts.size()
                        + " attempts, the last one's fault being " + last);
            }
        }

        double seconds = (System.nanoTime() - started) / 1e9;
        int totalRetries = retries.causes.values().stream().mapToInt(List::size).sum();
        System.out.printf("Soak: %d calls (%d streamed) through %d threads in %.1f s; %d attempts seen by the server "
                        + "(%d more lost on the way), %d faults injected (%.1f%% of attempts), %d retries; outcomes %s; "
                        + "faults %s; %d uploads retried (after a 429 or a refused connection only); "
                        + "%d answers lost on a closing connection; %d sockets open at the end%n",
                outcomes.size(), outcomes.stream().filter(Outcome::streaming).count(), THREADS, seconds,
                requests.size(), unseenAttempts, faultOf.size(), 100.0 * faultOf.size() / requests.size(), totalRetries,
                outcomeCounts, faultCounts, uploadsRetried, lostAnswers, socketsDuring);

        assertThat(unexplained).as("calls whose ending no fault explains").isEmpty();
        assertThat(successes + failures).isEqualTo(CALLS);
        assertThat(simulator.attempts(CHAT) + simulator.attempts(FILES)).isEqualTo(requests.size());
        assertThat(attemptsByCall.values().stream().mapToInt(List::size).sum()).isEqualTo(requests.size());
        assertThat(requests.size() + unseenAttempts).as("every retry is one more attempt").isEqualTo(CALLS + totalRetries);
        assertThat(unseenAttempts).as("attempts lost on the way are rare").isLessThan(CALLS / 100);
        assertThat(lostAnswers).as("answers lost on the way back are rare").isLessThan(CALLS / 100);
        assertThat(faultOf.size()).as("about 30% of attempts misbehaved")
                .isBetween(requests.size() * 25 / 100, requests.size() * 35 / 100);
        int uploads = CALLS / 4;
        assertThat(successes - uploadSuccesses).as("retries turn most faults of chat calls into answers")
                .isGreaterThan((CALLS - uploads) * 85 / 100);
        assertThat(uploadSuccesses).as("an upload survives only the faults that prove it was not processed")
                .isBetween(uploads * 65 / 100, uploads * 85 / 100);
        assertThat(uploadsRetried).as("uploads retried after a 429").isPositive();
        if (socketsDuring >= 0) {
            assertThat(socketsDuring).as("sockets open after the run: pooled ones only, none leaked").isLessThan(200);
        }
    }

    /**
     * What in an upload's attempts breaks the rule that a call creating state is sent again only
     * when the server provably did not act on it: every attempt the server saw but the last must
     * have been answered 429, and every retry must follow a 429 or a connection never made.
     */
    private static List<String> duplicatedWork(Outcome outcome, List<RecordedRequest> attempts,
                                               Map<RecordedRequest, Fault> faultOf, RetriesByCall retries) {
        List<String> broken = new ArrayList<>();
        for (RecordedRequest attempt : attempts.subList(0, Math.max(0, attempts.size() - 1))) {
            Fault fault = faultOf.get(attempt);
            if (fault == null || fault.status() != 429) {
                broken.add("upload " + outcome.call + " reached the server again after " + fault);
            }
        }
        for (Throwable cause : retries.causes.getOrDefault(outcome.call, List.of())) {
            if (!(cause instanceof RateLimitException) && !neverConnected(cause)) {
                broken.add("upload " + outcome.call + " was retried after " + cause);
            }
        }
        return broken;
    }

    private static boolean neverConnected(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.ConnectException) {
                return true;
            }
        }
        return false;
    }

    /** Whether the fault played on a call's last attempt accounts for the error it ended with. */
    private static boolean explains(Fault fault, Throwable error) {
        if (fault == null) {
            return false;
        }
        switch (fault.kind()) {
            case STATUS:
                if (!(error instanceof MistralServiceException)
                        || ((MistralServiceException) error).statusCode() != fault.status()) {
                    return false;
                }
                return fault.status() == 400 ? error instanceof BadRequestException
                        : fault.status() == 429 ? error instanceof RateLimitException
                        : fault.status() >= 500 ? error instanceof InternalServerException : true;
            case RESET_BEFORE_RESPONSE:
            case RESET_DURING_BODY:
            case STREAM_CUT:
            case STREAM_STALL:
                return error instanceof MistralConnectionException;
            case MALFORMED_JSON:
            case TRUNCATED_JSON:
                return error instanceof MistralDecodingException;
            default:
                return false;
        }
    }

    /** 30% of attempts get a fault, spread over every kind; the same call number always gets the same one. */
    private static Fault faultFor(int callNumber) {
        long mixed = mix(callNumber);
        if (Math.floorMod(mixed, 1000) >= FAULT_PERMILLE) {
            return null;
        }
        return FAULTS.get(Math.floorMod(mixed >>> 20, FAULTS.size()));
    }

    private static long mix(long value) {
        long z = value * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static ChatCompletionRequest ask(String prompt) {
        return ChatCompletionRequest.builder().model("mistral-small-latest").addUserMessage(prompt).build();
    }

    private static int liveThreads() {
        return Thread.getAllStackTraces().size();
    }

    /** Open sockets of this JVM (Linux), or -1 where that cannot be seen. */
    private static int openSockets() {
        File[] fds = new File("/proc/self/fd").listFiles();
        if (fds == null) {
            return -1;
        }
        int sockets = 0;
        for (File fd : fds) {
            try {
                if (java.nio.file.Files.readSymbolicLink(fd.toPath()).toString().startsWith("socket:")) {
                    sockets++;
                }
            } catch (java.io.IOException | UnsupportedOperationException gone) {
                // closed while listing
            }
        }
        return sockets;
    }

    /** Every thread the client and the simulator started ends once both are closed. */
    private static void assertNoThreadLeak(int before) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        List<String> ours;
        do {
            System.gc();
            Thread.sleep(100);
            ours = Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                    .filter(name -> name.startsWith("mistral4j-") || name.startsWith("mistral-simulator")).toList();
        } while ((!ours.isEmpty() || liveThreads() > before + 4) && System.nanoTime() < deadline);
        assertThat(ours).as("threads of the closed client and simulator").isEmpty();
        assertThat(liveThreads()).as("threads after closing everything").isLessThanOrEqualTo(before + 4);
    }

}
