package io.mistral4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tour, run offline against the embedded simulator, shows each of its parts. */
class TourTest {

    @Test
    void everyPartRunsAndPrintsItsResult() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Tour.run(Map.of(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertThat(out).contains("embedded simulator at http://127.0.0.1:");
        assertThat(out).contains("== 1. Chat ==", "== 2. Streaming ==", "== 3. Tool calling ==",
                "== 4. Structured output (JSON schema) ==", "Tour complete.");
        assertThat(out).containsPattern("\\(\\d+ prompt \\+ \\d+ completion tokens, finish reason stop\\)");
        assertThat(out).containsPattern("\\(([2-9]|\\d\\d+) events, \\d+ completion tokens\\)");
        assertThat(out).containsPattern("model calls get_weather\\(\\{.*\"city\".*\\}\\)");
        assertThat(out).contains("application returns {\"temperature\":18");

        String json = Arrays.stream(out.split("\n"))
                .dropWhile(line -> !line.startsWith("== 4."))
                .skip(1)
                .findFirst().orElseThrow();
        JsonObject book = JsonParser.parseString(json).getAsJsonObject();
        assertThat(book.keySet()).contains("title", "author", "year");
        assertThat(book.get("year").getAsInt()).isBetween(1000, 2100);

        assertThat(out).contains("== 5. Code completion (fill in the middle) ==", "== 6. Embeddings ==",
                "== 7. Moderation ==", "== 8. OCR ==");
        assertThat(out).containsPattern("def fibonacci\\(n: int\\) -> int:.*print\\(fibonacci\\(10\\)\\)");
        assertThat(out).containsPattern("3 vectors of 1024 dimensions \\(\\d+ prompt tokens\\)");
        assertThat(out).containsPattern("similarity\\(\"The cat sleeps on the sofa\\.\", "
                + "\"A kitten naps on the couch\\.\"\\) = -?[01]\\.\\d{3}");
        assertThat(out).contains("\"Have a wonderful day!\" -> not flagged",
                "\"I am going to kill you.\" -> flagged: [violence_and_threats]",
                "The support conversation is not flagged");
        assertThat(out).containsPattern("page 0 \\(1 images, 200 dpi\\): # 2201\\.04234");
        assertThat(out).containsPattern("page 1 \\(0 images, 200 dpi\\): ## Section 2");
        assertThat(out).contains("(2 pages processed)");
    }
}
