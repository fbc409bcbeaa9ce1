package io.mistral4j.budget.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.MistralClient;
import io.mistral4j.chat.ChatCompletionRequest;
import io.mistral4j.chat.Message;
import io.mistral4j.errors.BudgetStoreUnavailableException;
import io.mistral4j.resilience.RateLimitPolicy;
import io.mistral4j.resilience.RetryPolicy;
import io.mistral4j.spi.BudgetBucket;
import io.mistral4j.spi.BudgetSpec;
import io.mistral4j.tck.simulator.MistralSimulator;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A real redis-server: buckets shared between stores, then stopped mid-run and started again. */
@Timeout(60)
class RedisOutageTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(1);
    private static final Duration RECHECK = Duration.ofMillis(200);

    private RedisServer redis;
    private final String workspace = "test-" + UUID.randomUUID();

    @BeforeEach
    void startRedis() throws Exception {
        redis = RedisServer.start();
    }

    @AfterEach
    void stopRedis() throws Exception {
        if (redis != null) {
            redis.close();
        }
    }

    private RedisBudgetStore.Builder store() {
        return RedisBudgetStore.builder().uri(redis.uri()).workspace(workspace).timeout(TIMEOUT)
                .connectTimeout(Duration.ofSeconds(10)).recheckInterval(RECHECK);
    }

    private static BudgetSpec tenPerMinute() {
        return new BudgetSpec(BudgetSpec.REQUESTS_PER_SECOND, 10, Duration.ofMinutes(1), Clock.systemUTC());
    }

    @Test
    void storesWithTheSameWorkspaceSpendFromOneBucket() {
        try (RedisBudgetStore first = store().build(); RedisBudgetStore second = store().build();
             RedisBudgetStore other = store().workspace(workspace + "-other").build()) {
            BudgetBucket a = first.bucket(tenPerMinute());
            BudgetBucket b = second.bucket(tenPerMinute());

            assertThat(a.reserve(6, 0)).isZero();
            assertThat(b.reserve(6, 0)).as("only 4 left in the shared bucket").isEqualTo(-1);
            assertThat(b.reserve(4, 0)).isZero();
            assertThat(a.available()).isZero();
            assertThat(b.nanosUntilAvailable(1)).isPositive();
            a.refund(3);
            assertThat(b.available()).isEqualTo(3);
            assertThat(other.bucket(tenPerMinute()).available()).as("another workspace").isEqualTo(10);
        }
    }

    @Test
    void failFastThrowsATypedErrorWhileRedisIsDownAndRecoversWhenItReturns() throws Exception {
        try (RedisBudgetStore store = store().failFast().build();
             MistralSimulator simulator = MistralSimulator.start();
             MistralClient client = client(simulator, store)) {
            assertThat(client.chat().complete(request()).choices()).isNotEmpty();

            redis.stop();
            long started = System.nanoTime();
            assertThatThrownBy(() -> client.chat().complete(request()))
                    .isInstanceOf(BudgetStoreUnavailableException.class)
                    .hasMessageContaining("budget store 'redis' is unavailable")
                    .satisfies(error -> assertThat(error.getCause()).isNull());
            assertThatThrownBy(() -> client.chat().complete(request()))
                    .as("later calls fail at once, without asking Redis again")
                    .isInstanceOf(BudgetStoreUnavailableException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("bounded by the timeout, never a hang")
                    .isLessThan(Duration.ofSeconds(5));
            assertThat(store.isUnavailable()).isTrue();
            assertThat(simulator.requests()).as("nothing sent while the budget was unknown").hasSize(1);

            redis.startAgain();
            awaitRecovery(store, () -> client.chat().complete(request()));
            assertThat(store.isUnavailable()).isFalse();
        }
    }

    @Test
    void aLocalShareKeepsCallsGoingWithinThatShareUntilRedisReturns() throws Exception {
        try (RedisBudgetStore store = store().fallbackToLocalShare(0.3).build()) {
            BudgetBucket bucket = store.bucket(tenPerMinute());
            assertThat(bucket.reserve(8, 0)).isZero();

            redis.stop();
            assertThat(bucket.reserve(3, 0)).as("the local share: 3 of 10").isZero();
            assertThat(bucket.reserve(1, 0)).as("the share is spent").isEqualTo(-1);
            bucket.refund(1);   // corrections go to the local share, never failing
            assertThat(bucket.reserve(1, 0)).isZero();
            assertThat(store.isUnavailable()).isTrue();

            redis.startAgain();   // a new, empty Redis: the shared bucket starts full again
            awaitRecovery(store, () -> bucket.reserve(1, 0));
            assertThat(store.isUnavailable()).isFalse();
            assertThat(bucket.available()).isEqualTo(9);
        }
    }

    /** Calls until the store has asked Redis again and got an answer (Lettuce reconnects by itself). */
    private static void awaitRecovery(RedisBudgetStore store, Runnable call) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                call.run();
            } catch (BudgetStoreUnavailableException stillDown) {
                // the fallback, until Redis answers
            }
            if (!store.isUnavailable()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the store did not recover within 20 s");
    }

    private static MistralClient client(MistralSimulator simulator, RedisBudgetStore store) {
        return MistralClient.builder().apiKey("test-key").baseUrl(simulator.baseUrl())
                .retry(RetryPolicy.disabled())
                .rateLimit(RateLimitPolicy.builder().requestsPerSecond(50).failFast().learnFromHeaders(false).build())
                .budgetStore(store).build();
    }

    static ChatCompletionRequest request() {
        return ChatCompletionRequest.builder().model("mistral-small-latest")
                .messages(java.util.List.of(Message.user("Say hi"))).maxTokens(8).build();
    }
}
