package io.mistral4j.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The load driver's table: medians over rounds, ratios of the same round, time to first chunk as a difference. */
class FiguresTest {

    @Test
    void medianOfOddAndEvenCounts() {
        assertThat(LoadDriver.Figures.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
        assertThat(LoadDriver.Figures.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
        assertThat(LoadDriver.Figures.median(List.of())).isNull();
    }

    @Test
    void eachVariantShowsItsMedianAndItsMedianRatioToTheBaseline() {
        LoadDriver.Figures figures = new LoadDriver.Figures();
        for (double[] round : new double[][] {{100, 110}, {200, 190}, {120, 150}}) {
            figures.add("netty", "raw", "chat.seq.cpu_us_per_call", round[0]);
            figures.add("netty", "netty", "chat.seq.cpu_us_per_call", round[1]);
            figures.add("netty", "ratio", "chat.seq.cpu_us_per_call", round[1] / round[0]);
        }
        figures.add("netty", "raw", "stream.ttfc_ms", 0.30);
        figures.add("netty", "netty", "stream.ttfc_ms", 0.42);
        figures.add("netty", "delta", "stream.ttfc_ms", 0.12);
        figures.add("netty", "all", "errors", 0);

        String table = figures.table(List.of("raw", "netty"));

        assertThat(table).contains("| chat.seq.cpu_us_per_call | 120 | 150 (1.10x) |")
                .contains("| stream.ttfc_ms | 0.30 | 0.42 (+0.12 ms) |")
                .contains("| errors | n/a | 0.00 |");
    }

    @Test
    void aRunsRatioIsTheRatioOfItsTwoJvmsMedians() {
        LoadDriver.Figures figures = new LoadDriver.Figures();
        figures.addPair("jdk", List.of(line("raw", 100), line("raw", 300), line("raw", 200)),
                List.of(line("jdk", 260), line("jdk", 220), line("jdk", 900)));

        assertThat(figures.table(List.of("raw", "jdk")))
                .contains("| chat.seq.cpu_us_per_call | 200 | 260 (1.30x) |");
    }

    private static String[] line(String client, double value) {
        return new String[] {client, "chat.seq.cpu_us_per_call", Double.toString(value)};
    }
}
