package io.mistral4j.examples;

import io.mistral4j.MistralClient;
import io.mistral4j.audio.SpeechOutputFormat;
import io.mistral4j.audio.SpeechRequest;
import io.mistral4j.audio.TimestampGranularity;
import io.mistral4j.audio.Transcription;
import io.mistral4j.audio.TranscriptionEvent;
import io.mistral4j.audio.TranscriptionRequest;
import io.mistral4j.audio.TranscriptionSegment;
import io.mistral4j.audio.TranscriptionStream;
import io.mistral4j.tck.simulator.audio.SampleAudio;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Transcribes a short WAV recording (plain, then streamed), then speaks an answer into a WAV
 * file. Without a recording of your own, a two-second tone is made for the purpose.
 */
public final class AudioExample {

    static final String TRANSCRIPTION_MODEL = "voxtral-mini-latest";
    static final String VOICE = "en_paul_neutral";

    private AudioExample() {
    }

    public static void run(MistralClient client, PrintStream out) {
        try {
            Path recording = Files.createTempFile("mistral4j-question", ".wav");
            Path answer = Files.createTempFile("mistral4j-answer", ".wav");
            try {
                Files.write(recording, SampleAudio.wav(2));
                run(client, recording, answer, out);
            } finally {
                Files.deleteIfExists(recording);
                Files.deleteIfExists(answer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void run(MistralClient client, Path recording, Path answer, PrintStream out) {
        TranscriptionRequest request = TranscriptionRequest.builder()
                .model(TRANSCRIPTION_MODEL)
                .file(recording)
                .language("en")
                .timestampGranularities(TimestampGranularity.SEGMENT)
                .build();
        Transcription heard = client.audio().transcribe(request);
        out.printf("heard (%s, %d s of audio): %s%n", heard.language(), heard.usage().promptAudioSeconds(),
                heard.text());
        for (TranscriptionSegment segment : heard.segments()) {
            out.printf(Locale.ROOT, "  %.2f-%.2f s: %s%n", segment.start(), segment.end(), segment.text());
        }

        int deltas = 0;
        try (TranscriptionStream stream = client.audio().transcribeStream(request)) {
            for (TranscriptionEvent event : stream.asIterable()) {
                if (event instanceof TranscriptionEvent.TextDelta) {
                    deltas++;
                }
            }
            out.printf("streamed: %d text deltas, same text: %b%n", deltas,
                    stream.accumulated().text().equals(heard.text()));
        }

        String reply = "I heard " + heard.text().split("\\s+").length + " words.";
        long bytes = client.audio().speakTo(SpeechRequest.builder()
                .input(reply)
                .voiceId(VOICE)
                .responseFormat(SpeechOutputFormat.WAV)
                .build(), answer);
        out.printf("spoke \"%s\" into %s (%d bytes of WAV)%n", reply, answer.getFileName(), bytes);
    }

    public static void main(String[] args) {
        try (MistralClient client = MistralClient.fromEnv()) {
            if (args.length == 2) {
                run(client, Path.of(args[0]), Path.of(args[1]), System.out);
            } else {
                run(client, System.out);
            }
        }
    }
}
