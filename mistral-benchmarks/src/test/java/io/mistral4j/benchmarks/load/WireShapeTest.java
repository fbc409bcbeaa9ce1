package io.mistral4j.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The shapes the load driver runs: both by default, the wire one with the issue's sizes and named figures. */
class WireShapeTest {

    @AfterEach
    void clear() {
        System.clearProperty("load.shapes");
        System.clearProperty("load.wire.server");
    }

    @Test
    void bothShapesByDefaultTheClassicFirst() {
        assertThat(WireShape.fromProperties()).extracting(WireShape::name).containsExactly("classic", "wire");
        assertThat(WireShape.CLASSIC.simulatorArguments()).isEmpty();
    }

    @Test
    void theWireShapeAsksTheSimulatorForTheIssuesSizes() {
        System.setProperty("load.shapes", "wire");

        List<WireShape> shapes = WireShape.fromProperties();

        assertThat(shapes).hasSize(1);
        assertThat(String.join(" ", shapes.get(0).simulatorArguments())).isEqualTo("--answer-chars 200 "
                + "--stream-events 1000 --events-per-flush 10 --embedding-numbers widened");
        assertThat(WireShape.figurePrefix("wire")).isEqualTo("wire.");
        assertThat(WireShape.figurePrefix("classic")).isEmpty();
        assertThat(shapes.get(0).replayed()).isTrue();
        assertThat(shapes.get(0).eventsPerFlush()).isEqualTo(10);
        assertThat(WireShape.CLASSIC.replayed()).isFalse();
    }

    @Test
    void theSimulatorServesTheWireShapeWhenAsked() {
        System.setProperty("load.wire.server", "simulator");
        assertThat(WireShape.wire().replayed()).isFalse();

        System.setProperty("load.wire.server", "nginx");
        assertThatThrownBy(WireShape::wire).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("load.wire.server is nginx");
    }

    @Test
    void anUnknownShapeIsRefused() {
        System.setProperty("load.shapes", "classic,square");

        assertThatThrownBy(WireShape::fromProperties).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("square");
    }
}
