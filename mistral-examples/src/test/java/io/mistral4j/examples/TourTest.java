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

        assertThat(out).contains("== 5. Models ==", "== 6. Files and batch ==", "== 7. Fine-tuning ==");
        assertThat(out).containsPattern("\\d{2,} models available, 0 of them fine-tuned");
        assertThat(out).contains("mistral-small-latest can be fine-tuned: true");

        assertThat(out).containsPattern("uploaded mistral4j-batch-\\d+\\.jsonl \\(\\d+ bytes, 3 lines\\)");
        assertThat(out).contains("batch job SUCCESS: 3/3 succeeded");
        assertThat(out).containsPattern("(?m)^  france -> \\S+");
        assertThat(out).containsPattern("(?m)^  italy -> \\S+");
        assertThat(out).containsPattern("(?m)^  spain -> \\S+");

        assertThat(out).contains("uploaded travel-guide.jsonl (4 conversations)");
        assertThat(out).containsPattern("dry run: \\d+ data tokens, 10 steps");
        assertThat(out).containsPattern("job \\S+ ended SUCCESS with model ft:mistral-small-latest:travel-guide:");
        assertThat(out).contains("renamed; archived: true");
    }
}
