package io.mistral4j.tck.simulator.routes.audio;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The transcript this simulator hears in a piece of audio, derived from it alone so that tests
 * can predict it: it starts {@code audio <crc32 as 8 hex digits> lasting <seconds, 2 decimals>
 * seconds} and goes on with words picked by the checksum, two words a second (five at least).
 * Each word gets an equal share of the duration, rounded to milliseconds, so the words and the
 * segments (six words each) follow one another and end exactly at the audio's end.
 */
final class SimulatedTranscript {

    static final int WORDS_PER_SEGMENT = 6;
    /** Audio tokens per second of audio, as Voxtral counts them (12.5, rounded up). */
    static final int TOKENS_PER_SECOND = 13;

    private static final String[] FILLER = {
        "the", "quick", "river", "carries", "bright", "voices", "over", "calm", "stones", "while",
        "distant", "bells", "answer", "every", "gentle", "question"};

    /** A word or a segment with its times. */
    record Span(String text, double start, double end) {
        JsonObject toJson() {
            JsonObject span = new JsonObject();
            span.addProperty("type", "transcription_segment");
            span.addProperty("text", text);
            span.addProperty("start", start);
            span.addProperty("end", end);
            return span;
        }
    }

    private final double seconds;
    private final List<Span> words = new ArrayList<>();

    SimulatedTranscript(double seconds, long checksum) {
        this.seconds = seconds;
        List<String> text = new ArrayList<>(List.of("audio", String.format(Locale.ROOT, "%08x", checksum), "lasting",
                String.format(Locale.ROOT, "%.2f", seconds), "seconds"));
        int count = Math.max(text.size(), (int) Math.ceil(seconds * 2));
        for (int i = text.size(); i < count; i++) {
            text.add(FILLER[(int) ((checksum + i) % FILLER.length)]);
        }
        for (int i = 0; i < count; i++) {
            words.add(new Span(text.get(i), millis(seconds * i / count), millis(seconds * (i + 1) / count)));
        }
    }

    String text() {
        return String.join(" ", words.stream().map(Span::text).toList());
    }

    List<Span> words() {
        return words;
    }

    /** Runs of {@link #WORDS_PER_SEGMENT} words, the last one shorter. */
    List<Span> segments() {
        List<Span> segments = new ArrayList<>();
        for (int from = 0; from < words.size(); from += WORDS_PER_SEGMENT) {
            List<Span> run = words.subList(from, Math.min(words.size(), from + WORDS_PER_SEGMENT));
            segments.add(new Span(String.join(" ", run.stream().map(Span::text).toList()), run.get(0).start(),
                    run.get(run.size() - 1).end()));
        }
        return segments;
    }

    /** The whole answer: text, language, the spans asked for ({@code word} wins over {@code segment}), usage. */
    JsonObject response(String model, String language, List<String> granularities) {
        JsonObject body = new JsonObject();
        body.addProperty("model", model);
        body.addProperty("text", text());
        body.addProperty("language", language);
        JsonArray spans = new JsonArray();
        List<Span> timed = granularities.contains("word") ? words
                : granularities.contains("segment") ? segments() : List.of();
        timed.forEach(span -> spans.add(span.toJson()));
        body.add("segments", spans);
        body.add("usage", usage());
        return body;
    }

    /** The streamed answer: the language, each word's text and each segment as it ends, then the whole. */
    List<JsonObject> events(String model, String language, List<String> granularities) {
        List<JsonObject> events = new ArrayList<>();
        JsonObject heard = event("transcription.language");
        heard.addProperty("audio_language", language);
        events.add(heard);
        List<Span> segments = segments();
        for (int s = 0; s < segments.size(); s++) {
            int from = s * WORDS_PER_SEGMENT;
            int to = Math.min(words.size(), from + WORDS_PER_SEGMENT);
            for (int w = from; w < to; w++) {
                JsonObject delta = event("transcription.text.delta");
                delta.addProperty("text", w == 0 ? words.get(w).text() : " " + words.get(w).text());
                events.add(delta);
            }
            JsonObject segment = segments.get(s).toJson();
            segment.addProperty("type", "transcription.segment");
            events.add(segment);
        }
        JsonObject done = response(model, language, granularities);
        done.addProperty("type", "transcription.done");
        events.add(done);
        return events;
    }

    private JsonObject usage() {
        int audioSeconds = (int) Math.ceil(seconds);
        int prompt = audioSeconds * TOKENS_PER_SECOND;
        JsonObject usage = new JsonObject();
        usage.addProperty("prompt_tokens", prompt);
        usage.addProperty("completion_tokens", words.size());
        usage.addProperty("total_tokens", prompt + words.size());
        usage.addProperty("prompt_audio_seconds", audioSeconds);
        return usage;
    }

    private static JsonObject event(String type) {
        JsonObject event = new JsonObject();
        event.addProperty("type", type);
        return event;
    }

    private static double millis(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
