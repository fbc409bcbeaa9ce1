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
        assertThat(out).containsPattern("model calls get_local_time\\(\\{.*\"city\".*\\}\\)");
        assertThat(out).contains("The tool get_weather returned:", "The tool get_local_time returned: 14:05", "(2 rounds)");
        assertThat(out).contains("== 5. Agents ==");
        assertThat(out).containsPattern("created agent (ag_[0-9a-f]{32}) \\(mistral-small-latest, version 0\\)");
        assertThat(out).containsPattern("\\(answered by mistral-small-latest, \\d+ completion tokens\\)");
        java.util.regex.Matcher created = java.util.regex.Pattern.compile("created agent (ag_[0-9a-f]{32})").matcher(out);
        assertThat(created.find()).isTrue();
        assertThat(out).contains("deleted agent " + created.group(1));
        assertThat(out.indexOf("Who painted the Mona Lisa?", created.end())).as("the agent answered the question")
                .isPositive();

        String json = Arrays.stream(out.split("\n"))
                .dropWhile(line -> !line.startsWith("== 4."))
                .skip(1)
                .findFirst().orElseThrow();
        JsonObject book = JsonParser.parseString(json).getAsJsonObject();
        assertThat(book.keySet()).containsExactlyInAnyOrder("title", "author", "year");
        assertThat(book.get("year").getAsInt()).isBetween(1850, 2100);
        assertThat(out).containsPattern("as a record: .+ by .+ \\(\\d{4}\\)");

        assertThat(out).contains("== 6. Code completion (fill in the middle) ==", "== 7. Embeddings ==",
                "== 8. Moderation ==", "== 9. OCR ==");
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

        assertThat(out).contains("== 10. Audio: transcription and speech ==");
        assertThat(out).containsPattern("heard \\(en, 2 s of audio\\): audio [0-9a-f]{8} lasting 2\\.00 seconds");
        assertThat(out).contains("  0.00-2.00 s: audio ");
        assertThat(out).containsPattern("streamed: \\d+ text deltas, same text: true");
        assertThat(out).containsPattern("spoke \"I heard \\d+ words\\.\" into mistral4j-answer\\S*\\.wav \\(\\d+ bytes of WAV\\)");
        assertThat(out).contains("== 11. Models ==", "== 12. Files and batch ==", "== 13. Fine-tuning ==");
        assertThat(out).containsPattern("\\d{2,} models available, 0 of them fine-tuned");
        assertThat(out).contains("mistral-small-latest can be fine-tuned: true");
        assertThat(out).contains("== 14. Conversations ==", "model calls get_weather({})",
                "answer: The result of get_weather is {\"temperature\":18,\"sky\":\"clear\"}.",
                "deleted both conversations");
        assertThat(out).containsPattern("streamed: [2-9] message deltas: You said: Thank you!");
        assertThat(out).containsPattern("restarted from msg_\\w+ as conv_\\w+ \\(3 entries\\)");

        assertThat(out).containsPattern("uploaded mistral4j-batch-\\d+\\.jsonl \\(\\d+ bytes, 3 lines\\)");
        assertThat(out).contains("batch job SUCCESS: 3/3 succeeded");
        assertThat(out).containsPattern("(?m)^  france -> \\S+");
        assertThat(out).containsPattern("(?m)^  italy -> \\S+");
        assertThat(out).containsPattern("(?m)^  spain -> \\S+");

        assertThat(out).contains("uploaded travel-guide.jsonl (4 conversations)");
        assertThat(out).containsPattern("dry run: \\d+ data tokens, 10 steps");
        assertThat(out).containsPattern("job \\S+ ended SUCCESS with model ft:mistral-small-latest:travel-guide:");
        assertThat(out).contains("renamed; archived: true");

        assertThat(out).contains("== 15. Document libraries ==");
        // The tour's clock runs 600 times faster: the document may have left "todo" by the time it is printed.
        assertThat(out).containsPattern(
                "uploaded mistral4j-handbook\\S*\\.txt \\(\\d+ bytes\\) into library mistral4j-tour: (todo|in_progress|done)");
        assertThat(out).contains("processing: done", "extracted text, first line: Mistral4J handbook.");
    }
}
