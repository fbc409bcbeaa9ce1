package io.mistral4j.impl.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mistral4j.AwaitOptions;
import io.mistral4j.errors.JobTimeoutException;
import io.mistral4j.errors.ValidationException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Polling until terminal or timed out, on a fake clock that only the sleeper moves. */
class JobPollerTest {

    private long now;
    private final List<Duration> sleeps = new ArrayList<>();
    private final JobPoller poller = new JobPoller(() -> now, duration -> {
        sleeps.add(duration);
        now += duration.toNanos();
    });

    private static AwaitOptions<String> options(Duration timeout, Duration interval, List<String> seen) {
        return AwaitOptions.<String>builder().timeout(timeout).pollInterval(interval).onProgress(seen::add).build();
    }

    @Test
    void pollsUntilTheJobIsTerminalReportingEachPoll() {
        Iterator<String> statuses = List.of("QUEUED", "RUNNING", "RUNNING", "SUCCESS").iterator();
        List<String> seen = new ArrayList<>();

        String done = poller.await("job-1", options(Duration.ofMinutes(1), Duration.ofSeconds(5), seen),
                statuses::next, "SUCCESS"::equals, s -> s);

        assertThat(done).isEqualTo("SUCCESS");
        assertThat(seen).containsExactly("QUEUED", "RUNNING", "RUNNING", "SUCCESS");
        assertThat(sleeps).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    @Test
    void pollsOnceMoreAtTheDeadlineThenTimesOutWithTheLastStatus() {
        List<String> seen = new ArrayList<>();

        assertThatThrownBy(() -> poller.await("job-2", options(Duration.ofSeconds(12), Duration.ofSeconds(5), seen),
                () -> "RUNNING", "SUCCESS"::equals, s -> s))
                .isInstanceOfSatisfying(JobTimeoutException.class, e -> {
                    assertThat(e.jobId()).isEqualTo("job-2");
                    assertThat(e.lastStatus()).isEqualTo("RUNNING");
                    assertThat(e.waited()).isEqualTo(Duration.ofSeconds(12));
                    assertThat(e).hasMessageContaining("job-2").hasMessageContaining("RUNNING");
                });
        assertThat(sleeps).as("the last wait is cut to the deadline").containsExactly(Duration.ofSeconds(5),
                Duration.ofSeconds(5), Duration.ofSeconds(2));
        assertThat(seen).hasSize(4);
    }

    @Test
    void aJobThatEndsAtTheDeadlineIsReturned() {
        Iterator<String> statuses = List.of("RUNNING", "RUNNING", "SUCCESS").iterator();

        String done = poller.await("job-3", options(Duration.ofSeconds(10), Duration.ofSeconds(5), new ArrayList<>()),
                statuses::next, "SUCCESS"::equals, s -> s);

        assertThat(done).isEqualTo("SUCCESS");
    }

    @Test
    void anInterruptedWaitStopsWithTheInterruptKept() {
        JobPoller interrupted = new JobPoller(() -> 0, duration -> {
            throw new InterruptedException();
        });

        assertThatThrownBy(() -> interrupted.await("job-4", options(Duration.ofSeconds(10), Duration.ofSeconds(1),
                new ArrayList<>()), () -> "RUNNING", "SUCCESS"::equals, s -> s))
                .hasMessageContaining("interrupted");
        assertThat(Thread.interrupted()).isTrue();
    }

    @Test
    void asyncPollsOnTheExecutorAndTimesOut() throws Exception {
        JobPoller real = JobPoller.system();
        Iterator<String> statuses = List.of("QUEUED", "RUNNING", "SUCCESS").iterator();
        List<String> seen = new ArrayList<>();

        String done = real.awaitAsync("job-5", options(Duration.ofSeconds(10), Duration.ofMillis(5), seen),
                () -> CompletableFuture.completedFuture(statuses.next()), "SUCCESS"::equals, s -> s,
                Runnable::run).get(5, TimeUnit.SECONDS);

        assertThat(done).isEqualTo("SUCCESS");
        assertThat(seen).containsExactly("QUEUED", "RUNNING", "SUCCESS");
        CompletableFuture<String> late = real.awaitAsync("job-6", options(Duration.ofMillis(50),
                Duration.ofMillis(10), new ArrayList<>()), () -> CompletableFuture.completedFuture("RUNNING"),
                "SUCCESS"::equals, s -> s, Runnable::run);
        assertThatThrownBy(() -> late.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(JobTimeoutException.class);
    }

    @Test
    void aFailedPollFailsTheWait() {
        CompletableFuture<String> failed = JobPoller.system().awaitAsync("job-7", options(Duration.ofSeconds(1),
                Duration.ofMillis(10), new ArrayList<>()),
                () -> CompletableFuture.failedFuture(new IllegalStateException("boom")), "SUCCESS"::equals, s -> s,
                Runnable::run);

        assertThatThrownBy(() -> failed.get(5, TimeUnit.SECONDS)).hasRootCauseMessage("boom");
    }

    @Test
    void optionsAndIdsAreValidated() {
        assertThatThrownBy(() -> AwaitOptions.builder().build()).isInstanceOf(ValidationException.class)
                .hasMessageContaining("timeout");
        assertThatThrownBy(() -> AwaitOptions.timeout(Duration.ZERO)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> AwaitOptions.builder().timeout(Duration.ofSeconds(1))
                .pollInterval(Duration.ofMillis(-1)).build()).isInstanceOf(ValidationException.class)
                .hasMessageContaining("pollInterval");
        assertThatThrownBy(() -> poller.await(" ", AwaitOptions.timeout(Duration.ofSeconds(1)), () -> "x",
                s -> true, s -> s)).isInstanceOf(ValidationException.class).hasMessageContaining("jobId");
    }
}
