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
    }

    @Test
    void anUnknownShapeIsRefused() {
        System.setProperty("load.shapes", "classic,square");

        assertThatThrownBy(WireShape::fromProperties).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("square");
    }
}
