package io.mistral4j.tck.simulator;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The simulated clock: frozen, advanced, or running at a rate, driven here by a fake real clock. */
class SimulatedClockTest {

    private long realNanos;

    @Test
    void aFrozenClockMovesOnlyWhenAdvanced() {
        SimulatedClock clock = new SimulatedClock(Instant.EPOCH, 0, () -> realNanos);
        realNanos += Duration.ofHours(1).toNanos();

        assertThat(clock.now()).isEqualTo(Instant.EPOCH);
        clock.advance(Duration.ofMinutes(3));
        assertThat(clock.epochSecond()).isEqualTo(180);
        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRunningClockScalesRealTimeAndAddsAdvances() {
        SimulatedClock clock = new SimulatedClock(Instant.EPOCH, 600, () -> realNanos);

        realNanos += Duration.ofSeconds(2).toNanos();
        clock.advance(Duration.ofSeconds(5));

        assertThat(clock.now()).isEqualTo(Instant.EPOCH.plusSeconds(2 * 600 + 5));
        assertThatThrownBy(() -> new SimulatedClock(Instant.EPOCH, -1, () -> 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSimulatorUsesTheClockItIsGiven() {
        SimulatedClock clock = SimulatedClock.frozenAt(Instant.parse("2030-01-01T00:00:00Z"));
        try (MistralSimulator sim = MistralSimulator.builder().clock(clock).start()) {
            assertThat(sim.clock()).isSameAs(clock);
            String id = TestUploads.upload(sim, "a.jsonl", "batch", "{}");
            assertThat(TestHttp.get(sim, "/v1/files/" + id).json().get("created_at").getAsLong())
                    .isEqualTo(Instant.parse("2030-01-01T00:00:00Z").getEpochSecond());
        }
    }
}
